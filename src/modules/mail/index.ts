export { queueMail } from './queue-mail';
export { listOutbox, MailOutput } from './list-outbox';
export { deliverPendingMail, MAX_ATTEMPTS, type MailTransport } from './deliver-pending-mail';
