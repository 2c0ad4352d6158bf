import nodemailer from 'nodemailer';
import { deliverPendingMail } from '@/modules/mail';
import type { ServiceContext } from '@/platform/context';

/** How often the outbox is checked when SMTP is configured. */
const INTERVAL_MS = 15_000;

/**
 * Sends the outbox through SMTP in the background until stopped. Without SMTP configured nothing runs and
 * mail stays in the outbox, where administrators read it.
 */
export function startMailSender(input: { ctx: ServiceContext; smtpUrl: string; from: string }): {
  stop: () => Promise<void>;
} {
  const transport = nodemailer.createTransport(input.smtpUrl);
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = deliverPendingMail({ ctx: input.ctx, input: { transport, from: input.from } }).catch(
      (error: unknown) => input.ctx.log.error({ err: error }, 'mail sender failed'),
    );
  };
  const timer = setInterval(tick, INTERVAL_MS);
  tick();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
