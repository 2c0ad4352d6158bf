// Replaced by the activities screens (issue 4).
export default function Placeholder() {
  return null;
}
