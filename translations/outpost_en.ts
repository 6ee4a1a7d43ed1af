<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DeskText</name>
    <message numerus="yes">
        <source>%n min ago, at %1</source>
        <translation>
            <numerusform>%n min ago, at %1</numerusform>
            <numerusform>%n min ago, at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCardPane</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Outpost: the operations console for multi-location service businesses.</source>
        <translation>Outpost: the operations console for multi-location service businesses.</translation>
    </message>
    <message>
        <source>Use the embedded engine with demo data, without asking.</source>
        <translation>Use the embedded engine with demo data, without asking.</translation>
    </message>
    <message>
        <source>Connect to the Outpost server at &lt;host:port&gt;.</source>
        <translation>Connect to the Outpost server at &lt;host:port&gt;.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>Keep the embedded engine&apos;s data in &lt;file&gt;.</source>
        <translation>Keep the embedded engine&apos;s data in &lt;file&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Once the reviews are shown, save the window to &lt;file&gt; and quit. The passphrase may come from OUTPOST_PASSPHRASE.</source>
        <translation>Once the reviews are shown, save the window to &lt;file&gt; and quit. The passphrase may come from OUTPOST_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Render every screen from demo data into &lt;folder&gt; and quit.</source>
        <translation>Render every screen from demo data into &lt;folder&gt; and quit.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Colours: system, light or dark.</source>
        <translation>Colours: system, light or dark.</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>scheme</translation>
    </message>
    <message>
        <source>--color-scheme takes system, light or dark.</source>
        <translation>--color-scheme takes system, light or dark.</translation>
    </message>
    <message>
        <source>Use either --demo or --server.</source>
        <translation>Use either --demo or --server.</translation>
    </message>
    <message>
        <source>--server expects host:port, e.g. 192.0.2.10:8443.</source>
        <translation>--server expects host:port, e.g. 192.0.2.10:8443.</translation>
    </message>
    <message>
        <source>Lock the window after &lt;minutes&gt; without input (default: the setting, 15).</source>
        <translation>Lock the window after &lt;minutes&gt; without input (default: the setting, 15).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>--lock-after takes a number of minutes (1 to 1440).</source>
        <translation>--lock-after takes a number of minutes (1 to 1440).</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AdminText</name>
    <message>
        <source>%1 +%2</source>
        <comment>first names, then how many more</comment>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Corporate admin</source>
        <translation>Corporate admin</translation>
    </message>
    <message>
        <source>Corporate operations</source>
        <translation>Corporate operations</translation>
    </message>
    <message>
        <source>Regional manager</source>
        <translation>Regional manager</translation>
    </message>
    <message>
        <source>Location manager</source>
        <translation>Location manager</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>No region assigned</source>
        <translation>No region assigned</translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>Regions: %1</translation>
    </message>
    <message>
        <source>No location assigned</source>
        <translation>No location assigned</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AlertBanner</name>
    <message>
        <source>Review alerts</source>
        <translation>Review alerts</translation>
    </message>
    <message>
        <source>raised %1 (%2)</source>
        <comment>alert raised at local time (age)</comment>
        <translation>raised %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>alert title: details</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Acknowledge: %1</source>
        <translation>Acknowledge: %1</translation>
    </message>
    <message>
        <source>You have seen the alert and take it from here; it leaves this list for everyone</source>
        <translation>You have seen the alert and take it from here; it leaves this list for everyone</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AlertsPresenter</name>
    <message>
        <source>Complaint spike at %1</source>
        <translation>Complaint spike at %1</translation>
    </message>
    <message>
        <source>%1 complaints in %2 minutes (usually %3)</source>
        <translation>%1 complaints in %2 minutes (usually %3)</translation>
    </message>
    <message>
        <source>Suspected fake-review burst at %1</source>
        <translation>Suspected fake-review burst at %1</translation>
    </message>
    <message>
        <source>%1 reviews from new accounts in %2 minutes</source>
        <translation>%1 reviews from new accounts in %2 minutes</translation>
    </message>
    <message>
        <source>Alerts could not be read: %1</source>
        <translation>Alerts could not be read: %1</translation>
    </message>
    <message>
        <source>The alert was not acknowledged: %1</source>
        <translation>The alert was not acknowledged: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AppController</name>
    <message>
        <source>Cannot reach the server</source>
        <translation>Cannot reach the server</translation>
    </message>
    <message>
        <source>Outpost cannot reach the server at %1:%2. Check the address and the network connection.

%3</source>
        <translation>Outpost cannot reach the server at %1:%2. Check the address and the network connection.

%3</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again to continue where you left off.</source>
        <translation>Your session has ended. Log in again to continue where you left off.</translation>
    </message>
    <message>
        <source>Embedded engine on this computer</source>
        <translation>Embedded engine on this computer</translation>
    </message>
    <message>
        <source>Server %1:%2</source>
        <translation>Server %1:%2</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>You have logged out.</translation>
    </message>
    <message>
        <source>no replica was prepared</source>
        <translation>no replica was prepared</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>Cannot open your data</translation>
    </message>
    <message>
        <source>Outpost cannot open this computer&apos;s copy of your data: %1</source>
        <translation>Outpost cannot open this computer&apos;s copy of your data: %1</translation>
    </message>
    <message>
        <source>A new copy of your data</source>
        <translation>A new copy of your data</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of your data could not be opened with your password; it was probably changed on the engine. Outpost started a new copy and loads your locations again.

Changes that had not synced from the old copy were kept in %1.</source>
        <translation>This computer&apos;s copy of your data could not be opened with your password; it was probably changed on the engine. Outpost started a new copy and loads your locations again.

Changes that had not synced from the old copy were kept in %1.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ApprovalRequestDialog</name>
    <message>
        <source>Request approval</source>
        <translation>Request approval</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>What happened, for the approver</source>
        <translation>What happened, for the approver</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>You may grant up to %1 yourself; more waits for an approver.</source>
        <translation>You may grant up to %1 yourself; more waits for an approver.</translation>
    </message>
    <message>
        <source>Your role has no approval limit.</source>
        <translation>Your role has no approval limit.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AtRiskListView</name>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Score again</source>
        <translation>Score again</translation>
    </message>
    <message>
        <source>Recomputes the at-risk scores of this location&apos;s members now</source>
        <translation>Recomputes the at-risk scores of this location&apos;s members now</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Expected value</translation>
    </message>
    <message>
        <source>Top reasons</source>
        <translation>Top reasons</translation>
    </message>
    <message>
        <source>Members at risk</source>
        <translation>Members at risk</translation>
    </message>
    <message>
        <source>Note for the task (optional)</source>
        <translation>Note for the task (optional)</translation>
    </message>
    <message>
        <source>Outreach note</source>
        <translation>Outreach note</translation>
    </message>
    <message>
        <source>Start outreach</source>
        <translation>Start outreach</translation>
    </message>
    <message>
        <source>Creates a call task for this member and counts it against the weekly quota</source>
        <translation>Creates a call task for this member and counts it against the weekly quota</translation>
    </message>
    <message>
        <source>Members are ranked by the expected value of an outreach: the chance it keeps them (5% at low risk, 30% at medium, 20% at high, where many are already leaving) times their lifetime value, less the cost of the outreach. Starting one opens a call task for the location and uses one of the week&apos;s outreach slots.</source>
        <translation>Members are ranked by the expected value of an outreach: the chance it keeps them (5% at low risk, 30% at medium, 20% at high, where many are already leaving) times their lifetime value, less the cost of the outreach. Starting one opens a call task for the location and uses one of the week&apos;s outreach slots.</translation>
    </message>
    <message>
        <source>Weekly outreach quota: %1 · used %2 · %3 left</source>
        <translation>Weekly outreach quota: %1 · used %2 · %3 left</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (stale)</translation>
    </message>
    <message>
        <source>No scored members at this location.</source>
        <translation>No scored members at this location.</translation>
    </message>
    <message>
        <source>This week&apos;s outreach quota is used up</source>
        <translation>This week&apos;s outreach quota is used up</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AtRiskPanel</name>
    <message>
        <source>At-risk score</source>
        <translation>At-risk score</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
    <message>
        <source>Computed more than 48 hours ago</source>
        <translation>Computed more than 48 hours ago</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Not scored yet</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Computed %1 (%2)</source>
        <translation>Computed %1 (%2)</translation>
    </message>
    <message>
        <source>Expected value of outreach: %1</source>
        <translation>Expected value of outreach: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AuditPage</name>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Load older</translation>
    </message>
    <message>
        <source>Actor filter</source>
        <translation>Actor filter</translation>
    </message>
    <message>
        <source>Any username</source>
        <translation>Any username</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Action filter</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>Actions that start with this text, e.g. &quot;user.&quot; for every change to a user.</source>
        <translation>Actions that start with this text, e.g. &quot;user.&quot; for every change to a user.</translation>
    </message>
    <message>
        <source>Location filter</source>
        <translation>Location filter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation>&amp;Actor</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <source>Recompute the hash chain of the whole log and report the first broken entry.</source>
        <translation>Recompute the hash chain of the whole log and report the first broken entry.</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>location (region)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Load the %1 entries before the oldest one shown.</source>
        <translation>Load the %1 entries before the oldest one shown.</translation>
    </message>
    <message>
        <source>Every matching entry is shown.</source>
        <translation>Every matching entry is shown.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>Newest %n matching entries; older ones are loaded on request.</source>
        <translation>
            <numerusform>The newest matching entry; older ones are loaded on request.</numerusform>
            <numerusform>Newest %n matching entries; older ones are loaded on request.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n matching entry</numerusform>
            <numerusform>%n matching entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::ui::AuditPresenter</name>
    <message>
        <source>The start date is after the end date: choose dates in order.</source>
        <translation>The start date is after the end date: choose dates in order.</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Checking the chain…</translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation>The chain could not be checked: %1</translation>
    </message>
    <message>
        <source>Intact: %1 entries checked</source>
        <translation>Intact: %1 entries checked</translation>
    </message>
    <message>
        <source>Broken at entry %1: %2 (%3 entries checked). Entries from there on may have been altered.</source>
        <translation>Broken at entry %1: %2 (%3 entries checked). Entries from there on may have been altered.</translation>
    </message>
    <message>
        <source>Cannot reach the engine right now. Press F5 to try again.</source>
        <translation>Cannot reach the engine right now. Press F5 to try again.</translation>
    </message>
    <message>
        <source>Only corporate administrators read the audit log: %1</source>
        <translation>Only corporate administrators read the audit log: %1</translation>
    </message>
    <message>
        <source>The engine could not load the audit log: %1</source>
        <translation>The engine could not load the audit log: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AuditTableModel</name>
    <message>
        <source>Done offline at %1 on the desk; reached the engine at %2. Entry %3.</source>
        <translation>Done offline at %1 on the desk; reached the engine at %2. Entry %3.</translation>
    </message>
    <message>
        <source>Entry %1, %2 UTC</source>
        <translation>Entry %1, %2 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>In your time zone.</source>
        <translation>In your time zone.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ConsentDialog</name>
    <message>
        <source>text messages (SMS)</source>
        <translation>text messages (SMS)</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>emails</translation>
    </message>
    <message>
        <source>phone calls</source>
        <translation>phone calls</translation>
    </message>
    <message>
        <source>app notifications</source>
        <translation>app notifications</translation>
    </message>
    <message>
        <source>letters by post</source>
        <translation>letters by post</translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation>Record consent: %1</translation>
    </message>
    <message>
        <source>Record withdrawal: %1</source>
        <translation>Record withdrawal: %1</translation>
    </message>
    <message>
        <source>Read this to %1 and record it only if they agree:</source>
        <translation>Read this to %1 and record it only if they agree:</translation>
    </message>
    <message>
        <source>%1 no longer wants %2 from %3.</source>
        <translation>%1 no longer wants %2 from %3.</translation>
    </message>
    <message>
        <source>&quot;I agree to receive %1 from %2 about my visits, offers and membership. I can withdraw this at any time.&quot;</source>
        <translation>&quot;I agree to receive %1 from %2 about my visits, offers and membership. I can withdraw this at any time.&quot;</translation>
    </message>
    <message>
        <source>From now on nothing is sent to them on this channel. The ledger keeps the earlier entries and this one, with the time.</source>
        <translation>From now on nothing is sent to them on this channel. The ledger keeps the earlier entries and this one, with the time.</translation>
    </message>
    <message>
        <source>They agree: record consent</source>
        <translation>They agree: record consent</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Record withdrawal</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ConsentWords</name>
    <message>
        <source>en</source>
        <comment>language code of the consent words</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ContactEditor</name>
    <message>
        <source>Edit contact details</source>
        <translation>Edit contact details</translation>
    </message>
    <message>
        <source>International number, e.g. +15125550123</source>
        <translation>International number, e.g. +15125550123</translation>
    </message>
</context>
<context>
    <name>outpost::ui::CustomerOpsPresenter</name>
    <message>
        <source>Merged (merge %1). It can be undone from the list of merges.</source>
        <translation>Merged (merge %1). It can be undone from the list of merges.</translation>
    </message>
    <message>
        <source>Kept apart: the suggestion was rejected.</source>
        <translation>Kept apart: the suggestion was rejected.</translation>
    </message>
    <message>
        <source>Merge %1 undone: both customers are back as they were.</source>
        <translation>Merge %1 undone: both customers are back as they were.</translation>
    </message>
    <message>
        <source>Members scored again: %1.</source>
        <translation>Members scored again: %1.</translation>
    </message>
    <message>
        <source>Outreach started: a task was created. Outreach left this week: %1.</source>
        <translation>Outreach started: a task was created. Outreach left this week: %1.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::CustomerText</name>
    <message>
        <source>External id</source>
        <translation>External id</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation>SMS consent</translation>
    </message>
    <message>
        <source>Email consent</source>
        <translation>Email consent</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Lifetime value</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <source>Last ticket</source>
        <translation>Last ticket</translation>
    </message>
    <message>
        <source>Home location</source>
        <translation>Home location</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Member id</translation>
    </message>
    <message>
        <source>Access card</source>
        <translation>Access card</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>Consent ledger</source>
        <translation>Consent ledger</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Event (%1)</source>
        <translation>Event (%1)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Phone calls</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Medium risk</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>Recency</translation>
    </message>
    <message>
        <source>Visit frequency</source>
        <translation>Visit frequency</translation>
    </message>
    <message>
        <source>Payment friction</source>
        <translation>Payment friction</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Support and sentiment</source>
        <translation>Support and sentiment</translation>
    </message>
    <message>
        <source>No visit on record</source>
        <translation>No visit on record</translation>
    </message>
    <message>
        <source>Last visit %1 days ago</source>
        <translation>Last visit %1 days ago</translation>
    </message>
    <message>
        <source>Visits down %1%</source>
        <translation>Visits down %1%</translation>
    </message>
    <message>
        <source>Failed payments in 90 days: %1</source>
        <translation>Failed payments in 90 days: %1</translation>
    </message>
    <message>
        <source>Latest payment failed</source>
        <translation>Latest payment failed</translation>
    </message>
    <message>
        <source>Engagement down %1%</source>
        <translation>Engagement down %1%</translation>
    </message>
    <message>
        <source>Support tickets in 90 days: %1</source>
        <translation>Support tickets in 90 days: %1</translation>
    </message>
    <message>
        <source>Low NPS or a 1-2 star review</source>
        <translation>Low NPS or a 1-2 star review</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Visit logged</source>
        <translation>Visit logged</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Class attended</source>
        <translation>Class attended</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Booking cancelled</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Payment failed</translation>
    </message>
    <message>
        <source>Payment succeeded</source>
        <translation>Payment succeeded</translation>
    </message>
    <message>
        <source>Refund initiated</source>
        <translation>Refund initiated</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>Message received</translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation>Ticket created</translation>
    </message>
    <message>
        <source>NPS submitted</source>
        <translation>NPS submitted</translation>
    </message>
    <message>
        <source>Review posted</source>
        <translation>Review posted</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Lead created</translation>
    </message>
    <message>
        <source>App opened</source>
        <translation>App opened</translation>
    </message>
    <message>
        <source>Trial started</source>
        <translation>Trial started</translation>
    </message>
    <message>
        <source>Membership changed</source>
        <translation>Membership changed</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Trial</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Same name and birthday</source>
        <translation>Same name and birthday</translation>
    </message>
    <message>
        <source>Similar email</source>
        <translation>Similar email</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>outpost::ui::CustomersScreen</name>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>Merge queue</source>
        <translation>Merge queue</translation>
    </message>
    <message>
        <source>At-risk</source>
        <translation>At-risk</translation>
    </message>
    <message>
        <source>Saved on this desk; it reaches the engine with the next sync.</source>
        <translation>Saved on this desk; it reaches the engine with the next sync.</translation>
    </message>
    <message>
        <source>Name, phone, email, member or external id</source>
        <translation>Name, phone, email, member or external id</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Search customers</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Customers found</translation>
    </message>
    <message>
        <source>↓ moves to the list · Enter opens the first match</source>
        <translation>↓ moves to the list · Enter opens the first match</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DeskText</name>
    <message>
        <source>Payment failed</source>
        <translation>Payment failed</translation>
    </message>
    <message>
        <source>High at-risk</source>
        <translation>High at-risk</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Open complaint</translation>
    </message>
    <message>
        <source>Open task</source>
        <translation>Open task</translation>
    </message>
    <message>
        <source>No SMS or email consent</source>
        <translation>No SMS or email consent</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Birthday today</translation>
    </message>
    <message>
        <source>high</source>
        <comment>at-risk band</comment>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>at-risk band</comment>
        <translation>medium</translation>
    </message>
    <message>
        <source>low</source>
        <comment>at-risk band</comment>
        <translation>low</translation>
    </message>
    <message>
        <source>Active member</source>
        <translation>Active member</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Trial</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Today %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Yesterday %1</translation>
    </message>
    <message>
        <source>This account has no location to work at. Ask your manager to add one.</source>
        <translation>This account has no location to work at. Ask your manager to add one.</translation>
    </message>
    <message>
        <source>just now, at %1</source>
        <translation>just now, at %1</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Enter the first name.</translation>
    </message>
    <message>
        <source>Say what they came for.</source>
        <translation>Say what they came for.</translation>
    </message>
    <message>
        <source>Enter the phone with its country code, such as +1 512 555 0123.</source>
        <translation>Enter the phone with its country code, such as +1 512 555 0123.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>This is not an email address.</translation>
    </message>
    <message>
        <source>The consent text is missing.</source>
        <translation>The consent text is missing.</translation>
    </message>
    <message>
        <source>Enter a phone number or an email, so that the club can follow up.</source>
        <translation>Enter a phone number or an email, so that the club can follow up.</translation>
    </message>
    <message>
        <source>The lead was not saved: %1</source>
        <translation>The lead was not saved: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DeskView</name>
    <message>
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>New walk-in lead  (F3)</source>
        <translation>New walk-in lead  (F3)</translation>
    </message>
    <message>
        <source>Scan a card or search members</source>
        <translation>Scan a card or search members</translation>
    </message>
    <message>
        <source>Scan a card, or type a name, phone, email or member id</source>
        <translation>Scan a card, or type a name, phone, email or member id</translation>
    </message>
    <message>
        <source>Matching members</source>
        <translation>Matching members</translation>
    </message>
    <message>
        <source>Today at this location</source>
        <translation>Today at this location</translation>
    </message>
    <message>
        <source>No member has the card, id or name “%1”. Check the card, or take them as a walk-in lead.</source>
        <translation>No member has the card, id or name “%1”. Check the card, or take them as a walk-in lead.</translation>
    </message>
    <message>
        <source>New walk-in lead</source>
        <translation>New walk-in lead</translation>
    </message>
    <message>
        <source>%1 already checked in %2. Press F2 again to check them in once more.</source>
        <translation>%1 already checked in %2. Press F2 again to check them in once more.</translation>
    </message>
    <message>
        <source>Walk-in lead saved for %1; the team will follow up.</source>
        <translation>Walk-in lead saved for %1; the team will follow up.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DisplayText</name>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Yelp</source>
        <translation>Yelp</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Tripadvisor</source>
        <translation>Tripadvisor</translation>
    </message>
    <message>
        <source>In-app survey</source>
        <translation>In-app survey</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message numerus="yes">
        <source>%n of 5 stars</source>
        <translation>
            <numerusform>%n of 5 stars</numerusform>
            <numerusform>%n of 5 stars</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>long date, time, time zone abbreviation</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in the future</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::ui::EmbeddedEngineHost</name>
    <message>
        <source>Creating the encrypted store and the demo data…</source>
        <translation>Creating the encrypted store and the demo data…</translation>
    </message>
    <message>
        <source>Opening the encrypted store…</source>
        <translation>Opening the encrypted store…</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Starting the engine…</translation>
    </message>
</context>
<context>
    <name>outpost::ui::EngineBridge</name>
    <message>
        <source>Embedded engine</source>
        <translation>Embedded engine</translation>
    </message>
    <message>
        <source>Server %1:%2</source>
        <translation>Server %1:%2</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>connection place · connection state</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>user name · role</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>outpost::ui::FirstRunDialog</name>
    <message>
        <source>Embedded engine with demo data</source>
        <translation>Embedded engine with demo data</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>Welcome to Outpost</source>
        <translation>Welcome to Outpost</translation>
    </message>
    <message>
        <source>Choose where your data lives. Outpost remembers your choice for the next start.</source>
        <translation>Choose where your data lives. Outpost remembers your choice for the next start.</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Server host</translation>
    </message>
    <message>
        <source>Host name or IP address</source>
        <translation>Host name or IP address</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server port</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Runs the Outpost engine on this computer with an encrypted local store, filled with a demo brand of 12 locations. Best for trying Outpost or for a single site.</source>
        <translation>Runs the Outpost engine on this computer with an encrypted local store, filled with a demo brand of 12 locations. Best for trying Outpost or for a single site.</translation>
    </message>
    <message>
        <source>Works with your company&apos;s Outpost server, so everyone sees the same reviews.</source>
        <translation>Works with your company&apos;s Outpost server, so everyone sees the same reviews.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>Enter the server&apos;s host name or IP address.</translation>
    </message>
    <message>
        <source>Use &amp;TLS (encrypted connection)</source>
        <translation>Use &amp;TLS (encrypted connection)</translation>
    </message>
    <message>
        <source>Without TLS, Outpost connects only to a server on this computer.</source>
        <translation>Without TLS, Outpost connects only to a server on this computer.</translation>
    </message>
    <message>
        <source>Without TLS, Outpost connects only to this computer (localhost or 127.0.0.1). Turn TLS on to reach a server on the network.</source>
        <translation>Without TLS, Outpost connects only to this computer (localhost or 127.0.0.1). Turn TLS on to reach a server on the network.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import reviews</source>
        <translation>Import reviews</translation>
    </message>
    <message>
        <source>Import a review export from Google Business Profile, Yelp or Facebook, or a CSV file. Reviews already stored are skipped, so a file can be imported again safely.</source>
        <translation>Import a review export from Google Business Profile, Yelp or Facebook, or a CSV file. Reviews already stored are skipped, so a file can be imported again safely.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Choose an export file…</source>
        <translation>Choose an export file…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Export shape</source>
        <translation>Export shape</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Detect from the file</translation>
    </message>
    <message>
        <source>Google Business Profile</source>
        <translation>Google Business Profile</translation>
    </message>
    <message>
        <source>Yelp</source>
        <translation>Yelp</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>Rows that were not imported</source>
        <translation>Rows that were not imported</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Choose a review export</source>
        <translation>Choose a review export</translation>
    </message>
    <message>
        <source>Review exports (*.json *.csv);;All files (*)</source>
        <translation>Review exports (*.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is too large to import from the console; ask an administrator to run outpost-admin import reviews.</source>
        <translation>%1 is too large to import from the console; ask an administrator to run outpost-admin import reviews.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>The engine did not import the file: %1</source>
        <translation>The engine did not import the file: %1</translation>
    </message>
    <message>
        <source>Imported: %1 · Duplicates skipped: %2 · Bad rows: %3</source>
        <translation>Imported: %1 · Duplicates skipped: %2 · Bad rows: %3</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Read as: %1</translation>
    </message>
    <message>
        <source>Duplicates found by their text: %1</source>
        <translation>Duplicates found by their text: %1</translation>
    </message>
    <message>
        <source>Tasks opened: %1 · Alerts raised: %2</source>
        <translation>Tasks opened: %1 · Alerts raised: %2</translation>
    </message>
</context>
<context>
    <name>outpost::ui::InlineMessage</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>outpost::ui::LockView</name>
    <message>
        <source>Outpost is locked</source>
        <translation>Outpost is locked</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>End the session; someone else can log in.</source>
        <translation>End the session; someone else can log in.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Enter your password to continue; it is checked on this computer, so it works without a network.</source>
        <translation>Signed in as %1 (%2). Enter your password to continue; it is checked on this computer, so it works without a network.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Wrong password. Try again.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::LoginDialog</name>
    <message>
        <source>One-time &amp;code</source>
        <translation>One-time &amp;code</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app.</source>
        <translation>The 6-digit code from your authenticator app.</translation>
    </message>
    <message>
        <source>&amp;Demo accounts</source>
        <translation>&amp;Demo accounts</translation>
    </message>
    <message>
        <source>Log in to Outpost</source>
        <translation>Log in to Outpost</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Show the password</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Hide the password</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Logging in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Choose a demo account…</source>
        <translation>Choose a demo account…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person and role (username)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The demo data&apos;s accounts, one per role. They exist only in the demo.</source>
        <translation>The demo data&apos;s accounts, one per role. They exist only in the demo.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Enter the 6-digit code from your authenticator app.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>That code is wrong or has expired. Enter the current code from your authenticator app.</source>
        <translation>That code is wrong or has expired. Enter the current code from your authenticator app.</translation>
    </message>
    <message>
        <source>Your password is right. This account also needs a one-time code: enter the 6-digit code from your authenticator app.</source>
        <translation>Your password is right. This account also needs a one-time code: enter the 6-digit code from your authenticator app.</translation>
    </message>
    <message>
        <source>Wrong username or password. Check both and try again.</source>
        <translation>Wrong username or password. Check both and try again.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: this account is locked. Try again in %n minute(s), or ask an administrator to reset your password.</source>
        <translation>
            <numerusform>Too many failed attempts: this account is locked. Try again in %n minute, or ask an administrator to reset your password.</numerusform>
            <numerusform>Too many failed attempts: this account is locked. Try again in %n minutes, or ask an administrator to reset your password.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked. Try again later, or ask an administrator to reset your password.</source>
        <translation>Too many failed attempts: this account is locked. Try again later, or ask an administrator to reset your password.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>This account is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <source>Cannot reach the engine. Check the network connection and try again.</source>
        <translation>Cannot reach the engine. Check the network connection and try again.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one this computer trusts. Do not log in; ask your administrator.</source>
        <translation>The server&apos;s certificate is not the one this computer trusts. Do not log in; ask your administrator.</translation>
    </message>
    <message>
        <source>The engine refused the login: %1</source>
        <translation>The engine refused the login: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of your data cannot be opened: %1</source>
        <translation>This computer&apos;s copy of your data cannot be opened: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of your data was written by a newer version of Outpost. Update Outpost to log in here.</source>
        <translation>This computer&apos;s copy of your data was written by a newer version of Outpost. Update Outpost to log in here.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::MainWindow</name>
    <message>
        <source>%1 — Outpost</source>
        <comment>screen title — application</comment>
        <translation>%1 — Outpost</translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>F1: keyboard shortcuts</source>
        <translation>F1: keyboard shortcuts</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Reviews in the store</source>
        <translation>Reviews in the store</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) in the store</source>
        <translation>
            <numerusform>%Ln review in the store</numerusform>
            <numerusform>%Ln reviews in the store</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>End your session on this computer</source>
        <translation>End your session on this computer</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) in your locations</source>
        <translation>
            <numerusform>%Ln review in your locations</numerusform>
            <numerusform>%Ln reviews in your locations</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading your locations</source>
        <translation>Loading your locations</translation>
    </message>
    <message>
        <source>Changes made on this computer that the engine has not confirmed yet. Click for the Sync issues panel.</source>
        <translation>Changes made on this computer that the engine has not confirmed yet. Click for the Sync issues panel.</translation>
    </message>
    <message>
        <source>Changes the engine refused. Click to retry or discard them.</source>
        <translation>Changes the engine refused. Click to retry or discard them.</translation>
    </message>
    <message>
        <source>%1 · offline — working from this computer</source>
        <comment>connection place</comment>
        <translation>%1 · offline — working from this computer</translation>
    </message>
    <message>
        <source>%1 · online</source>
        <comment>connection place</comment>
        <translation>%1 · online</translation>
    </message>
    <message>
        <source>%1 · connecting</source>
        <comment>connection place</comment>
        <translation>%1 · connecting</translation>
    </message>
    <message>
        <source>Task about to breach (%1 left)</source>
        <translation>Task about to breach (%1 left)</translation>
    </message>
</context>
<context>
    <name>outpost::ui::MemberCardPane</name>
    <message>
        <source>Scan a member&apos;s card or type a name, phone or email above.
Their card opens here: press F2 or Enter to check them in.</source>
        <translation>Scan a member&apos;s card or type a name, phone or email above.
Their card opens here: press F2 or Enter to check them in.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>At-risk</source>
        <translation>At-risk</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Check in   (F2 or Enter)</source>
        <translation>Check in   (F2 or Enter)</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Card %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>alert · detail</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source> · last %1</source>
        <translation> · last %1</translation>
    </message>
    <message>
        <source>%1 of 100 (%2)</source>
        <translation>%1 of 100 (%2)</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Not scored yet</translation>
    </message>
    <message>
        <source>No phone or email</source>
        <translation>No phone or email</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>SMS: %1    Email: %2</source>
        <translation>SMS: %1    Email: %2</translation>
    </message>
    <message>
        <source>✓ Checked in at %1 — saved on this computer, waiting to sync</source>
        <translation>✓ Checked in at %1 — saved on this computer, waiting to sync</translation>
    </message>
    <message>
        <source>✓ Checked in at %1 — synced</source>
        <translation>✓ Checked in at %1 — synced</translation>
    </message>
</context>
<context>
    <name>outpost::ui::MergeQueueView</name>
    <message>
        <source>Suggested merges (a person decides; nothing merges on its own):</source>
        <translation>Suggested merges (a person decides; nothing merges on its own):</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Customer A</source>
        <translation>Customer A</translation>
    </message>
    <message>
        <source>Customer B</source>
        <translation>Customer B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Merge suggestions</source>
        <translation>Merge suggestions</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Folded in</source>
        <translation>Folded in</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Merges done</source>
        <translation>Merges done</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Unmerge</translation>
    </message>
    <message>
        <source>Puts both customers back as they were before the merge</source>
        <translation>Puts both customers back as they were before the merge</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Customer A (kept)</source>
        <translation>Customer A (kept)</translation>
    </message>
    <message>
        <source>Customer B (folded in)</source>
        <translation>Customer B (folded in)</translation>
    </message>
    <message>
        <source>Side-by-side compare</source>
        <translation>Side-by-side compare</translation>
    </message>
    <message>
        <source>Reason to keep them apart (needed to reject)</source>
        <translation>Reason to keep them apart (needed to reject)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Approve merge</source>
        <translation>Approve merge</translation>
    </message>
    <message>
        <source>No merge suggestions are waiting.</source>
        <translation>No merge suggestions are waiting.</translation>
    </message>
    <message>
        <source>Pick a suggestion to compare the two profiles.</source>
        <translation>Pick a suggestion to compare the two profiles.</translation>
    </message>
    <message>
        <source>Customer %1 and customer %2 — %3% alike. Approving keeps A and folds B into it; it can be undone.</source>
        <translation>Customer %1 and customer %2 — %3% alike. Approving keeps A and folds B into it; it can be undone.</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Came from</translation>
    </message>
    <message>
        <source>Merges done — false-merge rate (unmerges / merges): %1%</source>
        <translation>Merges done — false-merge rate (unmerges / merges): %1%</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Undone %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::MfaSecretPanel</name>
    <message>
        <source>New second factor</source>
        <translation>New second factor</translation>
    </message>
    <message>
        <source>Shown once: add it to the authenticator app now, or copy the secret. Outpost does not show it again.</source>
        <translation>Shown once: add it to the authenticator app now, or copy the secret. Outpost does not show it again.</translation>
    </message>
    <message>
        <source>Authenticator link</source>
        <translation>Authenticator link</translation>
    </message>
    <message>
        <source>Authenticator link (otpauth URI)</source>
        <translation>Authenticator link (otpauth URI)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Secret (base32)</source>
        <translation>Secret (base32)</translation>
    </message>
    <message>
        <source>Done, I have saved it</source>
        <translation>Done, I have saved it</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>Second factor for %1</source>
        <translation>Second factor for %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::Profile360View</name>
    <message>
        <source>Search for a customer by name, phone, email or member id, then pick one to see their profile.</source>
        <translation>Search for a customer by name, phone, email or member id, then pick one to see their profile.</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Edit contact…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation>Profile fields</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Current consent, from the ledger (the latest entry per channel decides):</source>
        <translation>Current consent, from the ledger (the latest entry per channel decides):</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Text version</translation>
    </message>
    <message>
        <source>Ledger history:</source>
        <translation>Ledger history:</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note about this customer…</source>
        <translation>Write a note about this customer…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>%1 · %2 · open tasks: %3 · reviews: %4 · leads: %5</source>
        <translation>%1 · %2 · open tasks: %3 · reviews: %4 · leads: %5</translation>
    </message>
    <message>
        <source>Customer %1 · contract v%2 · came from %3 · last synced from outside: %4</source>
        <translation>Customer %1 · contract v%2 · came from %3 · last synced from outside: %4</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>Never asked</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>The person agrees to messages on the selected channel: read them the words first</source>
        <translation>The person agrees to messages on the selected channel: read them the words first</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>Record withdrawal…</translation>
    </message>
    <message>
        <source>The person no longer wants messages on the selected channel</source>
        <translation>The person no longer wants messages on the selected channel</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReplyCard</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Private reply</source>
        <translation>Private reply</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Public reply</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>reply kind · author</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reply state: %1</source>
        <translation>Reply state: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to sync with the engine</source>
        <translation>Saved on this computer; waiting to sync with the engine</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>time — event</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reply history</source>
        <translation>Reply history</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Retry posting</source>
        <translation>Retry posting</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>A regional manager or corporate approves replies to high-severity reviews.</source>
        <translation>A regional manager or corporate approves replies to high-severity reviews.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReplyComposer</name>
    <message>
        <source>Reply to a review</source>
        <translation>Reply to a review</translation>
    </message>
    <message>
        <source>Reply composer</source>
        <translation>Reply composer</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>New reply</translation>
    </message>
    <message>
        <source>Editing the saved draft</source>
        <translation>Editing the saved draft</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Public reply</translation>
    </message>
    <message>
        <source>Posted under the review, for everyone to read</source>
        <translation>Posted under the review, for everyone to read</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Private message</translation>
    </message>
    <message>
        <source>Sent to the reviewer only</source>
        <translation>Sent to the reviewer only</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>Template language</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Reply text</translation>
    </message>
    <message>
        <source>Write the reply, or start from a template. Tokens such as {first_name} are filled in for this review.</source>
        <translation>Write the reply, or start from a template. Tokens such as {first_name} are filled in for this review.</translation>
    </message>
    <message>
        <source>Tokens: {first_name} {location_name} {manager_name} {review_platform} {rating}</source>
        <translation>Tokens: {first_name} {location_name} {manager_name} {review_platform} {rating}</translation>
    </message>
    <message>
        <source>Preview — as it will be posted</source>
        <translation>Preview — as it will be posted</translation>
    </message>
    <message>
        <source>Reply preview</source>
        <translation>Reply preview</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Save the draft on this computer; it syncs when the engine is reachable (%1)</source>
        <translation>Save the draft on this computer; it syncs when the engine is reachable (%1)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Replies to this review</source>
        <translation>Replies to this review</translation>
    </message>
    <message>
        <source>No replies yet. A saved draft appears here with its state.</source>
        <translation>No replies yet. A saved draft appears here with its state.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>author · stars · location</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(The review has a rating but no text.)</source>
        <translation>(The review has a rating but no text.)</translation>
    </message>
    <message>
        <source>No template — write freely</source>
        <translation>No template — write freely</translation>
    </message>
    <message>
        <source>The reply appears here as the reviewer will read it.</source>
        <translation>The reply appears here as the reviewer will read it.</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>Outpost does not know %1: correct the token or remove it.</source>
        <translation>Outpost does not know %1: correct the token or remove it.</translation>
    </message>
    <message>
        <source>This review has no value for %1: write the words yourself.</source>
        <translation>This review has no value for %1: write the words yourself.</translation>
    </message>
    <message>
        <source>This is the template word for word. A review of 1 or 2 stars needs a reply a person has written: edit it before submitting.</source>
        <translation>This is the template word for word. A review of 1 or 2 stars needs a reply a person has written: edit it before submitting.</translation>
    </message>
    <message>
        <source>This review is high severity: a regional manager approves the reply before it is posted.</source>
        <translation>This review is high severity: a regional manager approves the reply before it is posted.</translation>
    </message>
    <message>
        <source>This is the template word for word. The engine refuses an unedited template for a review of 1 or 2 stars: edit the reply first.</source>
        <translation>This is the template word for word. The engine refuses an unedited template for a review of 1 or 2 stars: edit the reply first.</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Submit anyway</translation>
    </message>
    <message>
        <source>Editing the draft of %1</source>
        <translation>Editing the draft of %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReplyComposerPresenter</name>
    <message>
        <source>Drafted by %1</source>
        <translation>Drafted by %1</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Sent back by %1: %2</source>
        <translation>Sent back by %1: %2</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Approved by %1</translation>
    </message>
    <message>
        <source>Approved by %1: %2</source>
        <translation>Approved by %1: %2</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>Posting failed: %1</source>
        <translation>Posting failed: %1</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>The review could not be read: %1</translation>
    </message>
    <message>
        <source>Draft saved. It syncs when the engine is reachable.</source>
        <translation>Draft saved. It syncs when the engine is reachable.</translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation>The draft was not saved: %1</translation>
    </message>
    <message>
        <source>Submitted: the reply waits for a regional manager&apos;s approval.</source>
        <translation>Submitted: the reply waits for a regional manager&apos;s approval.</translation>
    </message>
    <message>
        <source>Submitted: the reply is approved and will be posted.</source>
        <translation>Submitted: the reply is approved and will be posted.</translation>
    </message>
    <message>
        <source>The reply was not submitted: %1</source>
        <translation>The reply was not submitted: %1</translation>
    </message>
    <message>
        <source>Approved: the reply will be posted.</source>
        <translation>Approved: the reply will be posted.</translation>
    </message>
    <message>
        <source>The reply was not approved: %1</source>
        <translation>The reply was not approved: %1</translation>
    </message>
    <message>
        <source>Sent back to its writer as a draft.</source>
        <translation>Sent back to its writer as a draft.</translation>
    </message>
    <message>
        <source>The reply was not rejected: %1</source>
        <translation>The reply was not rejected: %1</translation>
    </message>
    <message>
        <source>Posting will be tried again.</source>
        <translation>Posting will be tried again.</translation>
    </message>
    <message>
        <source>The reply cannot be retried: %1</source>
        <translation>The reply cannot be retried: %1</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Draft discarded.</translation>
    </message>
    <message>
        <source>The draft was not discarded: %1</source>
        <translation>The draft was not discarded: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Choose a new password for %1. Their open sessions end, and they sign in again with the new password.</source>
        <translation>Choose a new password for %1. Their open sessions end, and they sign in again with the new password.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewBulkBar</name>
    <message>
        <source>Acknowledge all</source>
        <translation>Acknowledge all</translation>
    </message>
    <message>
        <source>Acknowledge every selected review (c)</source>
        <translation>Acknowledge every selected review (c)</translation>
    </message>
    <message>
        <source>Assign all to me</source>
        <translation>Assign all to me</translation>
    </message>
    <message>
        <source>Assign every selected review to you (a)</source>
        <translation>Assign every selected review to you (a)</translation>
    </message>
    <message>
        <source>Resolve all</source>
        <translation>Resolve all</translation>
    </message>
    <message>
        <source>Resolve every selected review (x)</source>
        <translation>Resolve every selected review (x)</translation>
    </message>
    <message>
        <source>Escalate all</source>
        <translation>Escalate all</translation>
    </message>
    <message>
        <source>Create or escalate a task for every selected review (e)</source>
        <translation>Create or escalate a task for every selected review (e)</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) selected:</source>
        <translation>
            <numerusform>%n review selected:</numerusform>
            <numerusform>%n reviews selected:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n review(s).</source>
        <translation>
            <numerusform>Acknowledged %n review.</numerusform>
            <numerusform>Acknowledged %n reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %1 of %n review(s).</source>
        <translation>
            <numerusform>Acknowledged %1 of %n review.</numerusform>
            <numerusform>Acknowledged %1 of %n reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n review(s) to you.</source>
        <translation>
            <numerusform>Assigned %n review to you.</numerusform>
            <numerusform>Assigned %n reviews to you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 of %n review(s) to you.</source>
        <translation>
            <numerusform>Assigned %1 of %n review to you.</numerusform>
            <numerusform>Assigned %1 of %n reviews to you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n review(s).</source>
        <translation>
            <numerusform>Resolved %n review.</numerusform>
            <numerusform>Resolved %n reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %1 of %n review(s).</source>
        <translation>
            <numerusform>Resolved %1 of %n review.</numerusform>
            <numerusform>Resolved %1 of %n reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated %n review(s).</source>
        <translation>
            <numerusform>Escalated %n review.</numerusform>
            <numerusform>Escalated %n reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated %1 of %n review(s).</source>
        <translation>
            <numerusform>Escalated %1 of %n review.</numerusform>
            <numerusform>Escalated %1 of %n reviews.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Not changed: %2</source>
        <translation>%1 Not changed: %2</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewDetailPane</name>
    <message>
        <source>Review details</source>
        <translation>Review details</translation>
    </message>
    <message>
        <source>Select a review to read it in full.</source>
        <translation>Select a review to read it in full.</translation>
    </message>
    <message>
        <source>Use j and k to move through the list.</source>
        <translation>Use j and k to move through the list.</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Negative review</source>
        <translation>Negative review</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Review text</source>
        <translation>Review text</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>location · region</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Posted on %1</source>
        <translation>Posted on %1</translation>
    </message>
    <message>
        <source>(The review has a rating but no text.)</source>
        <translation>(The review has a rating but no text.)</translation>
    </message>
    <message>
        <source>Local time at %1 (%2)</source>
        <translation>Local time at %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (local time) · %2</source>
        <comment>posted time in the location&apos;s zone · age</comment>
        <translation>%1 (local time) · %2</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Reply drafts</source>
        <translation>Reply drafts</translation>
    </message>
    <message>
        <source>No reply drafts yet.</source>
        <translation>No reply drafts yet.</translation>
    </message>
    <message>
        <source>New reply draft</source>
        <translation>New reply draft</translation>
    </message>
    <message>
        <source>Reply draft</source>
        <translation>Reply draft</translation>
    </message>
    <message>
        <source>Write a reply to this review…</source>
        <translation>Write a reply to this review…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Save the draft (%1)</source>
        <translation>Save the draft (%1)</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Cancel edit</translation>
    </message>
    <message>
        <source>Acknowledge (c)</source>
        <translation>Acknowledge (c)</translation>
    </message>
    <message>
        <source>Mark the review as seen and being handled</source>
        <translation>Mark the review as seen and being handled</translation>
    </message>
    <message>
        <source>Reopen (x)</source>
        <translation>Reopen (x)</translation>
    </message>
    <message>
        <source>Resolve (x)</source>
        <translation>Resolve (x)</translation>
    </message>
    <message>
        <source>Open the review again</source>
        <translation>Open the review again</translation>
    </message>
    <message>
        <source>Mark the review as dealt with</source>
        <translation>Mark the review as dealt with</translation>
    </message>
    <message>
        <source>Unassign (a)</source>
        <translation>Unassign (a)</translation>
    </message>
    <message>
        <source>Assign to me (a)</source>
        <translation>Assign to me (a)</translation>
    </message>
    <message>
        <source>Leave the review to someone else</source>
        <translation>Leave the review to someone else</translation>
    </message>
    <message>
        <source>Take the review: others see that you work on it</source>
        <translation>Take the review: others see that you work on it</translation>
    </message>
    <message>
        <source>Editing the draft of %1</source>
        <translation>Editing the draft of %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>draft author · age</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Conflict: written at the same time as another draft</source>
        <translation>Conflict: written at the same time as another draft</translation>
    </message>
    <message>
        <source>Written at the same time as another draft of this review; both are kept. Keep the one you want and discard the other.</source>
        <translation>Written at the same time as another draft of this review; both are kept. Keep the one you want and discard the other.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to sync with the engine</source>
        <translation>Saved on this computer; waiting to sync with the engine</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Edit the draft of %1</source>
        <translation>Edit the draft of %1</translation>
    </message>
    <message>
        <source>Discard the draft of %1</source>
        <translation>Discard the draft of %1</translation>
    </message>
    <message>
        <source>%1 · pending</source>
        <comment>review status · waiting to sync</comment>
        <translation>%1 · pending</translation>
    </message>
    <message>
        <source>Changed on this computer; waiting to sync with the engine</source>
        <translation>Changed on this computer; waiting to sync with the engine</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>Why this severity</source>
        <translation>Why this severity</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <source>Write a reply with a template and a live preview</source>
        <translation>Write a reply with a template and a live preview</translation>
    </message>
    <message>
        <source>Severity %1 — why:</source>
        <translation>Severity %1 — why:</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewFilterBar</name>
    <message>
        <source>Location filter</source>
        <translation>Location filter</translation>
    </message>
    <message>
        <source>Rating filter</source>
        <translation>Rating filter</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation>All ratings</translation>
    </message>
    <message>
        <source>Negative (1–2 stars)</source>
        <translation>Negative (1–2 stars)</translation>
    </message>
    <message>
        <source>Neutral (3 stars)</source>
        <translation>Neutral (3 stars)</translation>
    </message>
    <message>
        <source>Positive (4–5 stars)</source>
        <translation>Positive (4–5 stars)</translation>
    </message>
    <message numerus="yes">
        <source>Only %n star(s)</source>
        <translation>
            <numerusform>Only %n star</numerusform>
            <numerusform>Only %n stars</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>Platform filter</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Rating</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>%1 — all locations</source>
        <translation>%1 — all locations</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Severity filter</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Any severity</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium or high</source>
        <translation>Medium or high</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Needs reply (open, acknowledged)</source>
        <translation>Needs reply (open, acknowledged)</translation>
    </message>
    <message>
        <source>SLA filter</source>
        <translation>SLA filter</translation>
    </message>
    <message>
        <source>Any SLA state</source>
        <translation>Any SLA state</translation>
    </message>
    <message>
        <source>Warning or breached</source>
        <translation>Warning or breached</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>No SLA running</source>
        <translation>No SLA running</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Se&amp;verity</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;SLA</source>
        <translation>&amp;SLA</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewInboxText</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Injury</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <source>Legal threat</source>
        <translation>Legal threat</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>Health data</translation>
    </message>
    <message>
        <source>Privacy data</source>
        <translation>Privacy data</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>Ack</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>corporate</source>
        <translation>corporate</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>No SLA</translation>
    </message>
    <message>
        <source>%1 overdue just now</source>
        <translation>%1 overdue just now</translation>
    </message>
    <message>
        <source>%1 overdue %2</source>
        <translation>%1 overdue %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: %2 left</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1★</source>
        <translation>%1★</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Rating: %1 of 5 stars</source>
        <translation>Rating: %1 of 5 stars</translation>
    </message>
    <message>
        <source>%1 keyword %2: goes to regional ops and legal</source>
        <translation>%1 keyword %2: goes to regional ops and legal</translation>
    </message>
    <message>
        <source>Negative word %1</source>
        <translation>Negative word %1</translation>
    </message>
    <message>
        <source>Positive word %1</source>
        <translation>Positive word %1</translation>
    </message>
    <message>
        <source>%1 after a negation, counted the other way</source>
        <translation>%1 after a negation, counted the other way</translation>
    </message>
    <message>
        <source>Overall tone: negative</source>
        <translation>Overall tone: negative</translation>
    </message>
    <message>
        <source>Overall tone: positive</source>
        <translation>Overall tone: positive</translation>
    </message>
    <message>
        <source>Overall tone: neutral</source>
        <translation>Overall tone: neutral</translation>
    </message>
    <message>
        <source>Severity high: a risk keyword fired</source>
        <translation>Severity high: a risk keyword fired</translation>
    </message>
    <message>
        <source>Severity medium: a low rating or a clear complaint (manager task)</source>
        <translation>Severity medium: a low rating or a clear complaint (manager task)</translation>
    </message>
    <message>
        <source>Severity low: no risk keyword, no strong complaint</source>
        <translation>Severity low: no risk keyword, no strong complaint</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewMetricsStrip</name>
    <message>
        <source>Review metrics</source>
        <translation>Review metrics</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>Leave the drill-down and count every location again</source>
        <translation>Leave the drill-down and count every location again</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Average rating</translation>
    </message>
    <message>
        <source>The mean star rating of the reviews these filters match</source>
        <translation>The mean star rating of the reviews these filters match</translation>
    </message>
    <message>
        <source>Reviews a week</source>
        <translation>Reviews a week</translation>
    </message>
    <message>
        <source>Reviews posted in the last four weeks, divided by four</source>
        <translation>Reviews posted in the last four weeks, divided by four</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <source>The share of these reviews with a posted reply</source>
        <translation>The share of these reviews with a posted reply</translation>
    </message>
    <message>
        <source>Median first reply</source>
        <translation>Median first reply</translation>
    </message>
    <message>
        <source>Half of the replied reviews got their first posted reply within this time</source>
        <translation>Half of the replied reviews got their first posted reply within this time</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n review(s)</source>
        <translation>
            <numerusform>%1
%n review</numerusform>
            <numerusform>%1
%n reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewStatusCounts</name>
    <message>
        <source>Show only the reviews with this status; click again to show every status</source>
        <translation>Show only the reviews with this status; click again to show every status</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>status and its count</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n review(s)</source>
        <translation>
            <numerusform>%1: %n review</numerusform>
            <numerusform>%1: %n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewTableModel</name>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>local time at location</comment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>In your time zone. The review shows the local time at its location.</source>
        <translation>In your time zone. The review shows the local time at its location.</translation>
    </message>
    <message>
        <source>Changed on this computer; waiting to sync with the engine</source>
        <translation>Changed on this computer; waiting to sync with the engine</translation>
    </message>
    <message>
        <source>%1 · pending</source>
        <comment>review status · waiting to sync</comment>
        <translation>%1 · pending</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Double-click to show only this location</source>
        <translation>Double-click to show only this location</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>The words and rules that set the severity; the review&apos;s pane lists them all.</source>
        <translation>The words and rules that set the severity; the review&apos;s pane lists them all.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewsExtras</name>
    <message>
        <source>Import reviews…</source>
        <translation>Import reviews…</translation>
    </message>
    <message>
        <source>Import a review export from Google, Yelp, Facebook or a CSV file</source>
        <translation>Import a review export from Google, Yelp, Facebook or a CSV file</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewsPresenter</name>
    <message>
        <source>Cannot reach the engine right now. Outpost keeps trying; press F5 to try at once.</source>
        <translation>Cannot reach the engine right now. Outpost keeps trying; press F5 to try at once.</translation>
    </message>
    <message>
        <source>The engine did not accept the request: %1</source>
        <translation>The engine did not accept the request: %1</translation>
    </message>
    <message>
        <source>You may not see these reviews: %1</source>
        <translation>You may not see these reviews: %1</translation>
    </message>
    <message>
        <source>The engine could not load the reviews: %1</source>
        <translation>The engine could not load the reviews: %1</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>This change could not be made: %1</source>
        <translation>This change could not be made: %1</translation>
    </message>
    <message>
        <source>Review %1: %2</source>
        <translation>Review %1: %2</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewsView</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Reviews list</source>
        <translation>Reviews list</translation>
    </message>
    <message>
        <source>No reviews match these filters.
Choose other filters or clear them.</source>
        <translation>No reviews match these filters.
Choose other filters or clear them.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln review</numerusform>
            <numerusform>%Ln reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the reviews again (F5)</source>
        <translation>Load the reviews again (F5)</translation>
    </message>
    <message>
        <source>Keys: j/k move · a assign to me · r reply · e escalate · c acknowledge · x resolve · Ctrl or Shift+click selects several</source>
        <translation>Keys: j/k move · a assign to me · r reply · e escalate · c acknowledge · x resolve · Ctrl or Shift+click selects several</translation>
    </message>
    <message>
        <source>Keys: j/k move · double-click a location to show only it</source>
        <translation>Keys: j/k move · double-click a location to show only it</translation>
    </message>
</context>
<context>
    <name>outpost::ui::SavedViewsBar</name>
    <message>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Save view…</translation>
    </message>
    <message>
        <source>Save the current filters under a name</source>
        <translation>Save the current filters under a name</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <source>Delete the view chosen (built-in views stay)</source>
        <translation>Delete the view chosen (built-in views stay)</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>Vie&amp;w</translation>
    </message>
    <message>
        <source>Unsaved filters</source>
        <translation>Unsaved filters</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name of the view:</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ScreenshotRunner</name>
    <message>
        <source>Embedded engine on this computer</source>
        <translation>Embedded engine on this computer</translation>
    </message>
    <message>
        <source>Thank you for telling us. The manager of the club will call you today to put this right.</source>
        <translation>Thank you for telling us. The manager of the club will call you today to put this right.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ServerTrust</name>
    <message>
        <source>This is the first connection from this computer to the Outpost server at %1:%2. Its certificate fingerprint (SHA-256) is:

%3

Compare with the fingerprint your administrator got from `outpost-admin init`. Trust this server only if every pair of characters matches.</source>
        <translation>This is the first connection from this computer to the Outpost server at %1:%2. Its certificate fingerprint (SHA-256) is:

%3

Compare with the fingerprint your administrator got from `outpost-admin init`. Trust this server only if every pair of characters matches.</translation>
    </message>
    <message>
        <source>The Outpost server at %1:%2 presented a different certificate from the one this computer trusts, so Outpost did not connect. Someone may be intercepting the connection, or the administrator replaced the certificate.

%3

Ask your administrator before trusting the new certificate.</source>
        <translation>The Outpost server at %1:%2 presented a different certificate from the one this computer trusts, so Outpost did not connect. Someone may be intercepting the connection, or the administrator replaced the certificate.

%3

Ask your administrator before trusting the new certificate.</translation>
    </message>
    <message>
        <source>Trust the new certificate?</source>
        <translation>Trust the new certificate?</translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation>Trust this server?</translation>
    </message>
    <message>
        <source>Trust the new certificate of %1:%2?</source>
        <translation>Trust the new certificate of %1:%2?</translation>
    </message>
    <message>
        <source>Trust the Outpost server at %1:%2?</source>
        <translation>Trust the Outpost server at %1:%2?</translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation>Trust this server</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Do not connect</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Certificate changed</translation>
    </message>
    <message>
        <source>Outpost refused the connection: the server&apos;s certificate changed.</source>
        <translation>Outpost refused the connection: the server&apos;s certificate changed.</translation>
    </message>
    <message>
        <source>Trust the new certificate…</source>
        <translation>Trust the new certificate…</translation>
    </message>
</context>
<context>
    <name>outpost::ui::Session</name>
    <message>
        <source>Corporate admin</source>
        <translation>Corporate admin</translation>
    </message>
    <message>
        <source>Corporate operations</source>
        <translation>Corporate operations</translation>
    </message>
    <message>
        <source>Regional manager</source>
        <translation>Regional manager</translation>
    </message>
    <message>
        <source>Location manager</source>
        <translation>Location manager</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>user name · role</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>outpost::ui::SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Users &amp;&amp; Locations</source>
        <translation>Users &amp;&amp; Locations</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Create and edit users, assign regions and locations, reset passwords.</source>
        <translation>Create and edit users, assign regions and locations, reset passwords.</translation>
    </message>
    <message>
        <source>Who did what, when and where; and a check that nothing was altered.</source>
        <translation>Who did what, when and where; and a check that nothing was altered.</translation>
    </message>
    <message>
        <source>You are offline. Settings work on the engine directly, so users and the audit log can be seen and changed only while it can be reached.</source>
        <translation>You are offline. Settings work on the engine directly, so users and the audit log can be seen and changed only while it can be reached.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Previous review</source>
        <translation>Previous review</translation>
    </message>
    <message>
        <source>Go to the filters</source>
        <translation>Go to the filters</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Show this list</translation>
    </message>
    <message>
        <source>Quit Outpost</source>
        <translation>Quit Outpost</translation>
    </message>
    <message>
        <source>Acknowledge the review</source>
        <translation>Acknowledge the review</translation>
    </message>
    <message>
        <source>Resolve the review, or reopen it</source>
        <translation>Resolve the review, or reopen it</translation>
    </message>
    <message>
        <source>Assign the review to me, or unassign it</source>
        <translation>Assign the review to me, or unassign it</translation>
    </message>
    <message>
        <source>Write a reply draft</source>
        <translation>Write a reply draft</translation>
    </message>
    <message>
        <source>Save the reply draft</source>
        <translation>Save the reply draft</translation>
    </message>
    <message>
        <source>Reload the list</source>
        <translation>Reload the list</translation>
    </message>
</context>
<context>
    <name>outpost::ui::SlaChip</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>outpost::ui::StarRatingWidget</name>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
</context>
<context>
    <name>outpost::ui::SyncIssuesDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Sync issues</source>
        <translation>Sync issues</translation>
    </message>
    <message>
        <source>The engine refused these changes, so they were undone on this computer. Retry sends a change again; Discard forgets it.</source>
        <translation>The engine refused these changes, so they were undone on this computer. Retry sends a change again; Discard forgets it.</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <source>No sync issues. The engine accepted every change this computer sent.</source>
        <translation>No sync issues. The engine accepted every change this computer sent.</translation>
    </message>
    <message>
        <source>Send the selected change to the engine again</source>
        <translation>Send the selected change to the engine again</translation>
    </message>
    <message>
        <source>Forget the selected change</source>
        <translation>Forget the selected change</translation>
    </message>
    <message>
        <source>%1 · offline: they sync when the engine is back</source>
        <translation>%1 · offline: they sync when the engine is back</translation>
    </message>
</context>
<context>
    <name>outpost::ui::SyncIssuesModel</name>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Why the engine refused it</source>
        <translation>Why the engine refused it</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
</context>
<context>
    <name>outpost::ui::SyncText</name>
    <message>
        <source>Acknowledge review %1</source>
        <translation>Acknowledge review %1</translation>
    </message>
    <message>
        <source>Resolve review %1</source>
        <translation>Resolve review %1</translation>
    </message>
    <message>
        <source>Reopen review %1</source>
        <translation>Reopen review %1</translation>
    </message>
    <message>
        <source>Mark review %1 as replied</source>
        <translation>Mark review %1 as replied</translation>
    </message>
    <message>
        <source>Unassign review %1</source>
        <translation>Unassign review %1</translation>
    </message>
    <message>
        <source>Assign review %1 to %2</source>
        <translation>Assign review %1 to %2</translation>
    </message>
    <message>
        <source>Save a reply draft for review %1</source>
        <translation>Save a reply draft for review %1</translation>
    </message>
    <message>
        <source>Discard a reply draft</source>
        <translation>Discard a reply draft</translation>
    </message>
    <message>
        <source>Edit the contact details of customer %1</source>
        <translation>Edit the contact details of customer %1</translation>
    </message>
    <message>
        <source>Add a note to customer %1</source>
        <translation>Add a note to customer %1</translation>
    </message>
    <message>
        <source>Check in customer %1</source>
        <translation>Check in customer %1</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>All changes synced</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln change waiting to sync</numerusform>
            <numerusform>%Ln changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync issue(s)</source>
        <translation>
            <numerusform>%Ln sync issue</numerusform>
            <numerusform>%Ln sync issues</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading your locations… %1 of %2</source>
        <translation>Loading your locations… %1 of %2</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Not allowed: %1</translation>
    </message>
    <message>
        <source>No longer there: %1</source>
        <translation>No longer there: %1</translation>
    </message>
    <message>
        <source>Changed meanwhile: %1</source>
        <translation>Changed meanwhile: %1</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Not accepted: %1</translation>
    </message>
    <message>
        <source>This engine needs a newer version of Outpost. Update Outpost to sync again; your changes stay on this computer until then.</source>
        <translation>This engine needs a newer version of Outpost. Update Outpost to sync again; your changes stay on this computer until then.</translation>
    </message>
    <message>
        <source>Cannot reach the engine. Your changes are kept on this computer and sync when it is back.</source>
        <translation>Cannot reach the engine. Your changes are kept on this computer and sync when it is back.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again to sync.</source>
        <translation>Your session has ended. Log in again to sync.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::TaskCardPane</name>
    <message>
        <source>Task card</source>
        <translation>Task card</translation>
    </message>
    <message>
        <source>Select a task to see its card.</source>
        <translation>Select a task to see its card.</translation>
    </message>
    <message>
        <source>j and k move through the queue; c claims, t takes over.</source>
        <translation>j and k move through the queue; c claims, t takes over.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Make it yours (c)</source>
        <translation>Make it yours (c)</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Own the customer&apos;s conversation; their automation pauses until you release or resolve (t)</source>
        <translation>Own the customer&apos;s conversation; their automation pauses until you release or resolve (t)</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Waiting on customer</translation>
    </message>
    <message>
        <source>Pause the SLA clock until the customer answers (w)</source>
        <translation>Pause the SLA clock until the customer answers (w)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Done (x)</source>
        <translation>Done (x)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Give it back to the queue</source>
        <translation>Give it back to the queue</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <source>Hand it one level up (e)</source>
        <translation>Hand it one level up (e)</translation>
    </message>
    <message>
        <source>Request approval…</source>
        <translation>Request approval…</translation>
    </message>
    <message>
        <source>A refund or cancellation above your limit (a)</source>
        <translation>A refund or cancellation above your limit (a)</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Approve the request, with a reason</source>
        <translation>Approve the request, with a reason</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>Deny…</translation>
    </message>
    <message>
        <source>Deny the request, with a reason</source>
        <translation>Deny the request, with a reason</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Where it came from</translation>
    </message>
    <message>
        <source>Why Outpost opened it</source>
        <translation>Why Outpost opened it</translation>
    </message>
    <message>
        <source>Suggested next step</source>
        <translation>Suggested next step</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Last actions</source>
        <translation>Last actions</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>%1 · %2 · owner: %3 · with %4</source>
        <translation>%1 · %2 · owner: %3 · with %4</translation>
    </message>
    <message>
        <source>No customer linked.</source>
        <translation>No customer linked.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Consent: SMS %2 · email %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Consent: SMS %2 · email %3</translation>
    </message>
    <message>
        <source>Automation paused: %1 took over.</source>
        <translation>Automation paused: %1 took over.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opened by hand.</source>
        <translation>Opened by hand.</translation>
    </message>
    <message>
        <source>Read the history and contact the customer.</source>
        <translation>Read the history and contact the customer.</translation>
    </message>
    <message>
        <source>Your approval limit: %1.</source>
        <translation>Your approval limit: %1.</translation>
    </message>
    <message>
        <source>Your role has no approval limit.</source>
        <translation>Your role has no approval limit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 waits for an approver.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 of %2 waits for an approver.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 approved by %3: %4</source>
        <translation>%1 of %2 approved by %3: %4</translation>
    </message>
    <message>
        <source>%1 of %2 denied by %3: %4</source>
        <translation>%1 of %2 denied by %3: %4</translation>
    </message>
    <message>
        <source>No approval requested.</source>
        <translation>No approval requested.</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>Resume work</translation>
    </message>
    <message>
        <source>Someone else must approve your own request</source>
        <translation>Someone else must approve your own request</translation>
    </message>
    <message>
        <source>The amount is above your approval limit</source>
        <translation>The amount is above your approval limit</translation>
    </message>
    <message>
        <source>Escalate task</source>
        <translation>Escalate task</translation>
    </message>
    <message>
        <source>Why does this go one level up? The next level reads this first.</source>
        <translation>Why does this go one level up? The next level reads this first.</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Approve request</translation>
    </message>
    <message>
        <source>Deny request</source>
        <translation>Deny request</translation>
    </message>
    <message>
        <source>Your reason goes into the audit log with your name.</source>
        <translation>Your reason goes into the audit log with your name.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
</context>
<context>
    <name>outpost::ui::TaskText</name>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Waiting on customer</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Negative review</source>
        <translation>Negative review</translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation>Asked for a person</translation>
    </message>
    <message>
        <source>Sensitive message</source>
        <translation>Sensitive message</translation>
    </message>
    <message>
        <source>Automation failed</source>
        <translation>Automation failed</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Needs approval</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Payment failed</translation>
    </message>
    <message>
        <source>VIP contact</source>
        <translation>VIP contact</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>corporate</source>
        <translation>corporate</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>Paused: waiting on customer</source>
        <translation>Paused: waiting on customer</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>No SLA</translation>
    </message>
    <message>
        <source>Breached just now</source>
        <translation>Breached just now</translation>
    </message>
    <message>
        <source>Breached %1 ago</source>
        <translation>Breached %1 ago</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Due in %1</translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>%1 opened the task</source>
        <translation>%1 opened the task</translation>
    </message>
    <message>
        <source>%1 claimed it</source>
        <translation>%1 claimed it</translation>
    </message>
    <message>
        <source>%1 released it</source>
        <translation>%1 released it</translation>
    </message>
    <message>
        <source>%1 gave it to %2</source>
        <translation>%1 gave it to %2</translation>
    </message>
    <message>
        <source>%1 took over; automation paused</source>
        <translation>%1 took over; automation paused</translation>
    </message>
    <message>
        <source>%1 set it to %2</source>
        <translation>%1 set it to %2</translation>
    </message>
    <message>
        <source>Escalated to %1 (%2)</source>
        <translation>Escalated to %1 (%2)</translation>
    </message>
    <message>
        <source>SLA warning</source>
        <translation>SLA warning</translation>
    </message>
    <message>
        <source>SLA breached; %1 notified</source>
        <translation>SLA breached; %1 notified</translation>
    </message>
    <message>
        <source>%1 asked for approval: %2</source>
        <translation>%1 asked for approval: %2</translation>
    </message>
    <message>
        <source>%1 approved: %2</source>
        <translation>%1 approved: %2</translation>
    </message>
    <message>
        <source>%1 denied: %2</source>
        <translation>%1 denied: %2</translation>
    </message>
    <message>
        <source>Keyword “%1”</source>
        <translation>Keyword “%1”</translation>
    </message>
    <message>
        <source>Rating of %1 stars or less</source>
        <translation>Rating of %1 stars or less</translation>
    </message>
    <message>
        <source>Automation failed %1 times</source>
        <translation>Automation failed %1 times</translation>
    </message>
    <message>
        <source>Above the automation&apos;s limit (%1)</source>
        <translation>Above the automation&apos;s limit (%1)</translation>
    </message>
    <message>
        <source>Payment still failing after retries</source>
        <translation>Payment still failing after retries</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>VIP customer</translation>
    </message>
</context>
<context>
    <name>outpost::ui::TasksView</name>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>My queue</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Team board</translation>
    </message>
    <message>
        <source>About to breach in %1: %2</source>
        <translation>About to breach in %1: %2</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Taken over</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Unclaimed</translation>
    </message>
    <message numerus="yes">
        <source>%n of yours</source>
        <translation>
            <numerusform>%n of yours</numerusform>
            <numerusform>%n of yours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in your queue</source>
        <translation>
            <numerusform>%n in your queue</numerusform>
            <numerusform>%n in your queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open in your locations</source>
        <translation>
            <numerusform>%n open in your locations</numerusform>
            <numerusform>%n open in your locations</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>outpost::ui::TodayList</name>
    <message>
        <source>Today at this location</source>
        <translation>Today at this location</translation>
    </message>
    <message>
        <source>Expected later today</source>
        <translation>Expected later today</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>group (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open %1&apos;s card</source>
        <translation>Open %1&apos;s card</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UnlockDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Protect your Outpost data</source>
        <translation>Protect your Outpost data</translation>
    </message>
    <message>
        <source>Unlock Outpost</source>
        <translation>Unlock Outpost</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>Enter your passphrase</translation>
    </message>
    <message>
        <source>Outpost keeps its data on this computer in an encrypted store. Choose a passphrase of at least %1 characters; you will enter it each time Outpost starts. Nobody can recover it for you, so keep it safe.</source>
        <translation>Outpost keeps its data on this computer in an encrypted store. Choose a passphrase of at least %1 characters; you will enter it each time Outpost starts. Nobody can recover it for you, so keep it safe.</translation>
    </message>
    <message>
        <source>Your Outpost data on this computer is encrypted. Enter the passphrase to open it.</source>
        <translation>Your Outpost data on this computer is encrypted. Enter the passphrase to open it.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation>Opening the store</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Create store</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Show the passphrase</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Hide the passphrase</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>The two passphrases differ. Type the same passphrase twice.</translation>
    </message>
    <message>
        <source>Wrong passphrase or not an Outpost database. Check the passphrase and try again.</source>
        <translation>Wrong passphrase or not an Outpost database. Check the passphrase and try again.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UnlockFlow</name>
    <message>
        <source>Opening the encrypted store…</source>
        <translation>Opening the encrypted store…</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Outpost. Install the newer version to open it.</source>
        <translation>This data was written by a newer version of Outpost. Install the newer version to open it.</translation>
    </message>
    <message>
        <source>Outpost could not open its data: %1</source>
        <translation>Outpost could not open its data: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UserEditor</name>
    <message>
        <source>User details</source>
        <translation>User details</translation>
    </message>
    <message>
        <source>Select a user to edit them, or create a new one.</source>
        <translation>Select a user to edit them, or create a new one.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>e.g. ana.lopez</source>
        <translation>e.g. ana.lopez</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Regions and locations</source>
        <translation>Regions and locations</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>Require a second factor (authenticator app)</source>
        <translation>Require a second factor (authenticator app)</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Display name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Initial &amp;password</source>
        <translation>Initial &amp;password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Corporate roles see every location.</source>
        <translation>Corporate roles see every location.</translation>
    </message>
    <message>
        <source>Choose the regions this manager oversees.</source>
        <translation>Choose the regions this manager oversees.</translation>
    </message>
    <message>
        <source>Choose the locations this person works at.</source>
        <translation>Choose the locations this person works at.</translation>
    </message>
    <message>
        <source>Administrators always use a second factor.</source>
        <translation>Administrators always use a second factor.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>They sign in with this username and password.</source>
        <translation>They sign in with this username and password.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Create user</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>username · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Enrol a new second factor</source>
        <translation>Enrol a new second factor</translation>
    </message>
    <message>
        <source>Enable second factor</source>
        <translation>Enable second factor</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <source>Disable account…</source>
        <translation>Disable account…</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>Disable %1?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their history stays in the audit log, and you can enable the account again later.</source>
        <translation>%1 will no longer be able to sign in. Their history stays in the audit log, and you can enable the account again later.</translation>
    </message>
    <message>
        <source>A username cannot change once the user exists.</source>
        <translation>A username cannot change once the user exists.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UserTableModel</name>
    <message>
        <source>Administrators need a second factor: enrol one from the details pane.</source>
        <translation>Administrators need a second factor: enrol one from the details pane.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Second factor</source>
        <translation>Second factor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UsersPage</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Create a user (Ctrl+N)</source>
        <translation>Create a user (Ctrl+N)</translation>
    </message>
    <message>
        <source>Users list</source>
        <translation>Users list</translation>
    </message>
    <message>
        <source>Second factor</source>
        <translation>Second factor</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::ui::UsersPresenter</name>
    <message>
        <source>Password: use at least %1 characters.</source>
        <translation>Password: use at least %1 characters.</translation>
    </message>
    <message>
        <source>Password: digits alone are too easy to guess; add letters or symbols.</source>
        <translation>Password: digits alone are too easy to guess; add letters or symbols.</translation>
    </message>
    <message>
        <source>At least %1 characters, not only digits.</source>
        <translation>At least %1 characters, not only digits.</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) needed.</source>
        <translation>
            <numerusform>%n more character needed.</numerusform>
            <numerusform>%n more characters needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Digits alone are too easy to guess: add letters or symbols.</source>
        <translation>Digits alone are too easy to guess: add letters or symbols.</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>Strong password.</translation>
    </message>
    <message>
        <source>Acceptable. A longer password, or a mix of letters, digits and symbols, is stronger.</source>
        <translation>Acceptable. A longer password, or a mix of letters, digits and symbols, is stronger.</translation>
    </message>
    <message>
        <source>Username: use 3 to 64 characters: lower-case letters, digits, dots, underscores or hyphens.</source>
        <translation>Username: use 3 to 64 characters: lower-case letters, digits, dots, underscores or hyphens.</translation>
    </message>
    <message>
        <source>Display name: enter the person&apos;s name.</source>
        <translation>Display name: enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>Display name: use at most 200 characters.</source>
        <translation>Display name: use at most 200 characters.</translation>
    </message>
    <message>
        <source>Regions: choose at least one region for a regional manager.</source>
        <translation>Regions: choose at least one region for a regional manager.</translation>
    </message>
    <message>
        <source>Locations: choose at least one location for front desk staff.</source>
        <translation>Locations: choose at least one location for front desk staff.</translation>
    </message>
    <message>
        <source>Locations: choose at least one location for a location manager.</source>
        <translation>Locations: choose at least one location for a location manager.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 can now sign in.</translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation>Changes to %1 saved.</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 is disabled and can no longer sign in.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Password reset for %1. Their open sessions have ended.</source>
        <translation>Password reset for %1. Their open sessions have ended.</translation>
    </message>
    <message>
        <source>Second factor enrolled for %1.</source>
        <translation>Second factor enrolled for %1.</translation>
    </message>
    <message>
        <source>Cannot reach the engine right now; nothing was changed. %1</source>
        <translation>Cannot reach the engine right now; nothing was changed. %1</translation>
    </message>
    <message>
        <source>Only corporate administrators manage users: %1</source>
        <translation>Only corporate administrators manage users: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::WalkInDialog</name>
    <message>
        <source>New walk-in lead</source>
        <translation>New walk-in lead</translation>
    </message>
    <message>
        <source>Someone came in to ask about %1. Take their details so the team can follow up.</source>
        <translation>Someone came in to ask about %1. Take their details so the team can follow up.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>+1 512 555 0123</source>
        <translation>+1 512 555 0123</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Personal training</source>
        <translation>Personal training</translation>
    </message>
    <message>
        <source>Group classes</source>
        <translation>Group classes</translation>
    </message>
    <message>
        <source>Day pass</source>
        <translation>Day pass</translation>
    </message>
    <message>
        <source>Kids&apos; programs</source>
        <translation>Kids&apos; programs</translation>
    </message>
    <message>
        <source>What did they come for?</source>
        <translation>What did they come for?</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional: anything the team should know</source>
        <translation>Optional: anything the team should know</translation>
    </message>
    <message>
        <source>Consent — read this to the person and tick only what they agree to:</source>
        <translation>Consent — read this to the person and tick only what they agree to:</translation>
    </message>
    <message>
        <source>Agrees to text messages (SMS)</source>
        <translation>Agrees to text messages (SMS)</translation>
    </message>
    <message>
        <source>&quot;I agree to receive text messages from %1 about my visit, offers and membership. Message and data rates may apply. Reply STOP to opt out at any time.&quot;</source>
        <translation>&quot;I agree to receive text messages from %1 about my visit, offers and membership. Message and data rates may apply. Reply STOP to opt out at any time.&quot;</translation>
    </message>
    <message>
        <source>Agrees to emails</source>
        <translation>Agrees to emails</translation>
    </message>
    <message>
        <source>&quot;I agree to receive emails from %1 about my visit, offers and membership. I can unsubscribe at any time.&quot;</source>
        <translation>&quot;I agree to receive emails from %1 about my visit, offers and membership. I can unsubscribe at any time.&quot;</translation>
    </message>
    <message>
        <source>Save lead</source>
        <translation>Save lead</translation>
    </message>
</context>
</TS>
