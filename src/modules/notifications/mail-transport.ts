import { Injectable } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '../../config/app-config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per outbox row: a receiver that sees it twice can tell. */
  messageId: string;
  language: string;
}

/**
 * The mail server, through nodemailer over SMTP (SMTP_URL, or SMTP_HOST, SMTP_PORT,
 * SMTP_SECURE, SMTP_USER, SMTP_PASSWORD); `enabled` is false when neither is set. One
 * connection per mail: a restarted mail server is simply reached again at the next attempt.
 */
@Injectable()
export class MailTransport {
  private readonly transporter: Transporter | null;

  constructor(private readonly config: AppConfig) {
    const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
    if (config.SMTP_URL)
      this.transporter = nodemailer.createTransport({ url: config.SMTP_URL, ...timeouts } as Parameters<
        typeof nodemailer.createTransport
      >[0]);
    else if (config.SMTP_HOST)
      this.transporter = nodemailer.createTransport({
        host: config.SMTP_HOST,
        port: config.SMTP_PORT,
        secure: config.SMTP_SECURE,
        ...(config.SMTP_USER ? { auth: { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' } } : {}),
        ...timeouts,
      });
    else this.transporter = null;
  }

  get enabled(): boolean {
    return this.transporter !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transporter) throw new Error('Mail is off: set SMTP_URL or SMTP_HOST');
    await this.transporter.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': mail.language.toLowerCase() },
    });
  }

  close(): void {
    this.transporter?.close();
  }
}
