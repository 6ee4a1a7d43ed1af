<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Outpost: the operations console for multi-location service businesses.</source>
        <translation>Outpost : la console d’exploitation des entreprises de services à plusieurs sites.</translation>
    </message>
    <message>
        <source>Use the embedded engine with demo data, without asking.</source>
        <translation>Utiliser le moteur intégré avec les données de démonstration, sans poser de question.</translation>
    </message>
    <message>
        <source>Connect to the Outpost server at &lt;host:port&gt;.</source>
        <translation>Se connecter au serveur Outpost à &lt;host:port&gt;.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>Keep the embedded engine&apos;s data in &lt;file&gt;.</source>
        <translation>Conserver les données du moteur intégré dans &lt;file&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Once the reviews are shown, save the window to &lt;file&gt; and quit. The passphrase may come from OUTPOST_PASSPHRASE.</source>
        <translation>Une fois les avis affichés, enregistrer la fenêtre dans &lt;file&gt; et quitter. La phrase secrète peut venir de OUTPOST_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Render every screen from demo data into &lt;folder&gt; and quit.</source>
        <translation>Dessiner chaque écran avec les données de démonstration dans &lt;folder&gt; et quitter.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Colours: system, light or dark.</source>
        <translation>Couleurs : system (celles du système), light (clair) ou dark (sombre).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>--color-scheme takes system, light or dark.</source>
        <translation>--color-scheme accepte system, light ou dark.</translation>
    </message>
    <message>
        <source>Use either --demo or --server.</source>
        <translation>Utilisez --demo ou --server, pas les deux.</translation>
    </message>
    <message>
        <source>--server expects host:port, e.g. 192.0.2.10:8443.</source>
        <translation>--server attend hôte:port, par exemple 192.0.2.10:8443.</translation>
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
        <translation>Enquête dans l’application</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message numerus="yes">
        <source>%n of 5 stars</source>
        <translation>
            <numerusform>%n étoile sur 5</numerusform>
            <numerusform>%n étoiles sur 5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>long date, time, time zone abbreviation</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>dans le futur</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::ui::EmbeddedEngineHost</name>
    <message>
        <source>Creating the encrypted store and the demo data…</source>
        <translation>Création du stockage chiffré et des données de démonstration…</translation>
    </message>
    <message>
        <source>Opening the encrypted store…</source>
        <translation>Ouverture du stockage chiffré…</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Démarrage du moteur…</translation>
    </message>
</context>
<context>
    <name>outpost::ui::EngineBridge</name>
    <message>
        <source>Embedded engine</source>
        <translation>Moteur intégré</translation>
    </message>
    <message>
        <source>Server %1:%2</source>
        <translation>Serveur %1:%2</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
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
        <translation>Moteur intégré avec données de démonstration</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Welcome to Outpost</source>
        <translation>Bienvenue dans Outpost</translation>
    </message>
    <message>
        <source>Choose where your data lives. Outpost remembers your choice for the next start.</source>
        <translation>Choisissez où résident vos données. Outpost retient votre choix pour le prochain démarrage.</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Hôte du serveur</translation>
    </message>
    <message>
        <source>Host name or IP address</source>
        <translation>Nom d’hôte ou adresse IP</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Runs the Outpost engine on this computer with an encrypted local store, filled with a demo brand of 12 locations. Best for trying Outpost or for a single site.</source>
        <translation>Exécute le moteur Outpost sur cet ordinateur avec un stockage local chiffré, rempli d’une enseigne de démonstration de 12 sites. Idéal pour essayer Outpost ou pour un site unique.</translation>
    </message>
    <message>
        <source>Works with your company&apos;s Outpost server, so everyone sees the same reviews.</source>
        <translation>Travaille avec le serveur Outpost de votre entreprise, pour que tout le monde voie les mêmes avis.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>Saisissez le nom d’hôte ou l’adresse IP du serveur.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::InlineMessage</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
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
        <translation>Écrans</translation>
    </message>
    <message>
        <source>F1: keyboard shortcuts</source>
        <translation>F1 : raccourcis clavier</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Reviews in the store</source>
        <translation>Avis dans le stockage</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Dernière synchronisation %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) in the store</source>
        <translation>
            <numerusform>%Ln avis dans le stockage</numerusform>
            <numerusform>%Ln avis dans le stockage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewDetailPane</name>
    <message>
        <source>Review details</source>
        <translation>Détail de l’avis</translation>
    </message>
    <message>
        <source>Select a review to read it in full.</source>
        <translation>Sélectionnez un avis pour le lire en entier.</translation>
    </message>
    <message>
        <source>Use j and k to move through the list.</source>
        <translation>Utilisez j et k pour parcourir la liste.</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Negative review</source>
        <translation>Avis négatif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Review text</source>
        <translation>Texte de l’avis</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>location · region</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Posted on %1</source>
        <translation>Publié sur %1</translation>
    </message>
    <message>
        <source>(The review has a rating but no text.)</source>
        <translation>(L’avis a une note mais pas de texte.)</translation>
    </message>
    <message>
        <source>Local time at %1 (%2)</source>
        <translation>Heure locale à %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (local time) · %2</source>
        <comment>posted time in the location&apos;s zone · age</comment>
        <translation>%1 (heure locale) · %2</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewFilterBar</name>
    <message>
        <source>Location filter</source>
        <translation>Filtre par site</translation>
    </message>
    <message>
        <source>Rating filter</source>
        <translation>Filtre par note</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Negative (1–2 stars)</source>
        <translation>Négatifs (1–2 étoiles)</translation>
    </message>
    <message>
        <source>Neutral (3 stars)</source>
        <translation>Neutres (3 étoiles)</translation>
    </message>
    <message>
        <source>Positive (4–5 stars)</source>
        <translation>Positifs (4–5 étoiles)</translation>
    </message>
    <message numerus="yes">
        <source>Only %n star(s)</source>
        <translation>
            <numerusform>%n étoile seulement</numerusform>
            <numerusform>%n étoiles seulement</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>Filtre par plateforme</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>%1 — all locations</source>
        <translation>%1 — tous les sites</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewTableModel</name>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>local time at location</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>In your time zone. The review shows the local time at its location.</source>
        <translation>Dans votre fuseau horaire. L’avis indique l’heure locale de son site.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewsPresenter</name>
    <message>
        <source>Cannot reach the engine right now. Outpost keeps trying; press F5 to try at once.</source>
        <translation>Le moteur est injoignable pour le moment. Outpost réessaie de lui-même ; appuyez sur F5 pour réessayer tout de suite.</translation>
    </message>
    <message>
        <source>The engine did not accept the request: %1</source>
        <translation>Le moteur a refusé la requête : %1</translation>
    </message>
    <message>
        <source>You may not see these reviews: %1</source>
        <translation>Vous n’avez pas accès à ces avis : %1</translation>
    </message>
    <message>
        <source>The engine could not load the reviews: %1</source>
        <translation>Le moteur n’a pas pu charger les avis : %1</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewsView</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Reviews list</source>
        <translation>Liste des avis</translation>
    </message>
    <message>
        <source>No reviews match these filters.
Choose other filters or clear them.</source>
        <translation>Aucun avis ne correspond à ces filtres.
Choisissez d’autres filtres ou effacez-les.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 affichés sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln avis</numerusform>
            <numerusform>%Ln avis</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the reviews again (F5)</source>
        <translation>Recharger les avis (F5)</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Avis suivant</translation>
    </message>
    <message>
        <source>Previous review</source>
        <translation>Avis précédent</translation>
    </message>
    <message>
        <source>Go to the filters</source>
        <translation>Aller aux filtres</translation>
    </message>
    <message>
        <source>Refresh from the engine</source>
        <translation>Actualiser depuis le moteur</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Afficher cette liste</translation>
    </message>
    <message>
        <source>Quit Outpost</source>
        <translation>Quitter Outpost</translation>
    </message>
</context>
<context>
    <name>outpost::ui::StarRatingWidget</name>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UnlockDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Protect your Outpost data</source>
        <translation>Protégez vos données Outpost</translation>
    </message>
    <message>
        <source>Unlock Outpost</source>
        <translation>Déverrouiller Outpost</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>Saisissez votre phrase secrète</translation>
    </message>
    <message>
        <source>Outpost keeps its data on this computer in an encrypted store. Choose a passphrase of at least %1 characters; you will enter it each time Outpost starts. Nobody can recover it for you, so keep it safe.</source>
        <translation>Outpost conserve ses données sur cet ordinateur dans un stockage chiffré. Choisissez une phrase secrète d’au moins %1 caractères ; vous la saisirez à chaque démarrage d’Outpost. Personne ne peut la retrouver pour vous : conservez-la précieusement.</translation>
    </message>
    <message>
        <source>Your Outpost data on this computer is encrypted. Enter the passphrase to open it.</source>
        <translation>Vos données Outpost sur cet ordinateur sont chiffrées. Saisissez la phrase secrète pour les ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation>Ouverture du stockage</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Créer le stockage</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Les deux phrases diffèrent. Saisissez deux fois la même phrase.</translation>
    </message>
    <message>
        <source>Wrong passphrase or not an Outpost database. Check the passphrase and try again.</source>
        <translation>Phrase secrète incorrecte ou base de données qui n’est pas celle d’Outpost. Vérifiez la phrase et réessayez.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UnlockFlow</name>
    <message>
        <source>Opening the encrypted store…</source>
        <translation>Ouverture du stockage chiffré…</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Outpost. Install the newer version to open it.</source>
        <translation>Ces données ont été écrites par une version plus récente d’Outpost. Installez cette version pour les ouvrir.</translation>
    </message>
    <message>
        <source>Outpost could not open its data: %1</source>
        <translation>Outpost n’a pas pu ouvrir ses données : %1</translation>
    </message>
</context>
</TS>
