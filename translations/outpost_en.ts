<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation>Own the customer's conversation; their automation pauses until you release or resolve (t)</translation>
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
        <translation>Above the automation's limit (%1)</translation>
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
</TS>
