// Replaced by the funding settings screens (issue 4).
export default function Placeholder() {
  return null;
}
