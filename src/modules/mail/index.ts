export { queueMail } from './queue-mail';
export { listOutbox, MailOutput } from './list-outbox';
