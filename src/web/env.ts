// The Hono environment: what middleware puts on the context for the routes.
import type { Db } from '../db/connection.ts';
import type { Config } from '../config.ts';
import type { Session, SessionStaff } from '../auth/session.ts';
import type { ImportQueue } from '../documents/importer.ts';

export interface AppDeps {
  db: Db;
  config: Config;
  /** Background extraction and scanning of attached files. */
  imports: ImportQueue;
  /** Sends the requester's notice; injected by tests. Defaults to SMTP when INSYN_SMTP_URL is set. */
  sendMail?: import('../mail/notice.ts').SendMail | null;
  /** Injected so tests can run throttling without waiting. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Many organisations on one PostgreSQL database: the organisation of a Host header (its Db on its own schema and
   * its import queue), or null for a host no organisation has (404). Absent: one organisation, `db` (SQLite).
   */
  organisations?: ((host: string) => Promise<{ db: Db; imports: ImportQueue } | null>) | null;
  /** Where the access log goes (one line per request); none when absent (tests). */
  accessLog?: import('./accessLog.ts').LogLine | null;
}

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    staff: SessionStaff | null;
    session: Session | null;
    /** Shown on the error page and written in the access and error logs, so one id finds both. */
    requestId: string;
  };
};

/** What every full page passes to the layout through c.render(). */
export interface PageProps {
  title: string;
  /** Prefixes the title with "Fel: " (STYLE.md 8). */
  hasErrors?: boolean;
}

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: PageProps): Response | Promise<Response>;
  }
}
