package app.haven.referrals;

import app.haven.platform.InboxTaskDone;

/** The work behind a referrals task was done (a decision made, a response recorded). */
record ReferralTaskDone(String sourceKey) implements InboxTaskDone {}
