import { countCalls } from './callCounter';
import type { FakeEnvironment } from './fakeEnvironment';
import { FakeUser } from './protection';

export class FakeSession {
  constructor(readonly env: FakeEnvironment) {}

  getActiveUser(): FakeUser {
    return new FakeUser(this.env, this.env.activeUserEmail);
  }

  getEffectiveUser(): FakeUser {
    return new FakeUser(this.env, this.env.effectiveUserEmail);
  }

  /** Returns the script project's zone (appsscript.json), not the spreadsheet's. */
  getScriptTimeZone(): string {
    return this.env.scriptTimeZone;
  }

  getActiveUserLocale(): string {
    return this.env.userLocale;
  }

  getTemporaryActiveUserKey(): string {
    return `temporary-key-${this.env.activeUserEmail}`;
  }
}

countCalls(FakeSession, 'Session');
