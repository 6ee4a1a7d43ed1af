<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Refresh from the engine</source>
        <translation>Refresh from the engine</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Show this list</translation>
    </message>
    <message>
        <source>Quit Outpost</source>
        <translation>Quit Outpost</translation>
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
</TS>
