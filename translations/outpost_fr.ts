<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DeskText</name>
    <message numerus="yes">
        <source>%n min ago, at %1</source>
        <translation>
            <numerusform>il y a %n min, à %1</numerusform>
            <numerusform>il y a %n min, à %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCardPane</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
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
    <message>
        <source>Lock the window after &lt;minutes&gt; without input (default: the setting, 15).</source>
        <translation>Verrouiller la fenêtre après &lt;minutes&gt; sans activité (par défaut : le réglage, 15).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>--lock-after takes a number of minutes (1 to 1440).</source>
        <translation>--lock-after attend un nombre de minutes (de 1 à 1440).</translation>
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
        <translation>Administration centrale</translation>
    </message>
    <message>
        <source>Corporate operations</source>
        <translation>Opérations centrales</translation>
    </message>
    <message>
        <source>Regional manager</source>
        <translation>Responsable régional</translation>
    </message>
    <message>
        <source>Location manager</source>
        <translation>Responsable de site</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>No region assigned</source>
        <translation>Aucune région attribuée</translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>Régions : %1</translation>
    </message>
    <message>
        <source>No location assigned</source>
        <translation>Aucun site attribué</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AlertBanner</name>
    <message>
        <source>Review alerts</source>
        <translation>Alertes d&apos;avis</translation>
    </message>
    <message>
        <source>raised %1 (%2)</source>
        <comment>alert raised at local time (age)</comment>
        <translation>déclenchée %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>alert title: details</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Prendre en compte</translation>
    </message>
    <message>
        <source>Acknowledge: %1</source>
        <translation>Prendre en compte : %1</translation>
    </message>
    <message>
        <source>You have seen the alert and take it from here; it leaves this list for everyone</source>
        <translation>Vous avez vu l&apos;alerte et vous en occupez ; elle quitte cette liste pour tout le monde</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AlertsPresenter</name>
    <message>
        <source>Complaint spike at %1</source>
        <translation>Pic de plaintes à %1</translation>
    </message>
    <message>
        <source>%1 complaints in %2 minutes (usually %3)</source>
        <translation>%1 plaintes en %2 minutes (d&apos;habitude : %3)</translation>
    </message>
    <message>
        <source>Suspected fake-review burst at %1</source>
        <translation>Rafale suspecte de faux avis à %1</translation>
    </message>
    <message>
        <source>%1 reviews from new accounts in %2 minutes</source>
        <translation>%1 avis de comptes récents en %2 minutes</translation>
    </message>
    <message>
        <source>Alerts could not be read: %1</source>
        <translation>Impossible de lire les alertes : %1</translation>
    </message>
    <message>
        <source>The alert was not acknowledged: %1</source>
        <translation>L&apos;alerte n&apos;a pas été prise en compte : %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AppController</name>
    <message>
        <source>Cannot reach the server</source>
        <translation>Impossible de joindre le serveur</translation>
    </message>
    <message>
        <source>Outpost cannot reach the server at %1:%2. Check the address and the network connection.

%3</source>
        <translation>Outpost ne parvient pas à joindre le serveur %1:%2. Vérifiez l’adresse et la connexion réseau.

%3</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again to continue where you left off.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>Embedded engine on this computer</source>
        <translation>Moteur intégré sur cet ordinateur</translation>
    </message>
    <message>
        <source>Server %1:%2</source>
        <translation>Serveur %1:%2</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>no replica was prepared</source>
        <translation>aucune copie n&apos;a été préparée</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>Impossible d&apos;ouvrir vos données</translation>
    </message>
    <message>
        <source>Outpost cannot open this computer&apos;s copy of your data: %1</source>
        <translation>Outpost ne peut pas ouvrir la copie de vos données sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>A new copy of your data</source>
        <translation>Une nouvelle copie de vos données</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of your data could not be opened with your password; it was probably changed on the engine. Outpost started a new copy and loads your locations again.

Changes that had not synced from the old copy were kept in %1.</source>
        <translation>La copie de vos données sur cet ordinateur n&apos;a pas pu être ouverte avec votre mot de passe ; il a sans doute été changé sur le moteur. Outpost a commencé une nouvelle copie et recharge vos sites.

Les modifications de l&apos;ancienne copie qui n&apos;étaient pas synchronisées ont été gardées dans %1.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ApprovalRequestDialog</name>
    <message>
        <source>Request approval</source>
        <translation>Demander une approbation</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Résiliation</translation>
    </message>
    <message>
        <source>What happened, for the approver</source>
        <translation>Ce qui s’est passé, pour l’approbateur</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>You may grant up to %1 yourself; more waits for an approver.</source>
        <translation>Vous pouvez accorder jusqu’à %1 vous-même ; au-delà, il faut un approbateur.</translation>
    </message>
    <message>
        <source>Your role has no approval limit.</source>
        <translation>Votre rôle n’a pas de limite d’approbation.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demander</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AtRiskListView</name>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Score again</source>
        <translation>Réévaluer</translation>
    </message>
    <message>
        <source>Recomputes the at-risk scores of this location&apos;s members now</source>
        <translation>Recalcule maintenant les scores de risque des membres de ce site</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Valeur attendue</translation>
    </message>
    <message>
        <source>Top reasons</source>
        <translation>Principales raisons</translation>
    </message>
    <message>
        <source>Members at risk</source>
        <translation>Membres à risque</translation>
    </message>
    <message>
        <source>Note for the task (optional)</source>
        <translation>Note pour la tâche (facultatif)</translation>
    </message>
    <message>
        <source>Outreach note</source>
        <translation>Note de relance</translation>
    </message>
    <message>
        <source>Start outreach</source>
        <translation>Lancer la relance</translation>
    </message>
    <message>
        <source>Creates a call task for this member and counts it against the weekly quota</source>
        <translation>Crée une tâche d&apos;appel pour ce membre et la décompte du quota hebdomadaire</translation>
    </message>
    <message>
        <source>Members are ranked by the expected value of an outreach: the chance it keeps them (5% at low risk, 30% at medium, 20% at high, where many are already leaving) times their lifetime value, less the cost of the outreach. Starting one opens a call task for the location and uses one of the week&apos;s outreach slots.</source>
        <translation>Les membres sont classés selon la valeur attendue d&apos;une relance : la probabilité de les garder (5 % à risque faible, 30 % à risque moyen, 20 % à risque élevé, car beaucoup partent déjà) multipliée par leur valeur vie client, moins le coût de la relance. En lancer une crée une tâche d&apos;appel pour le site et utilise l&apos;un des créneaux de relance de la semaine.</translation>
    </message>
    <message>
        <source>Weekly outreach quota: %1 · used %2 · %3 left</source>
        <translation>Quota hebdomadaire de relances : %1 · utilisées %2 · reste %3</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (périmé)</translation>
    </message>
    <message>
        <source>No scored members at this location.</source>
        <translation>Aucun membre évalué sur ce site.</translation>
    </message>
    <message>
        <source>This week&apos;s outreach quota is used up</source>
        <translation>Le quota de relances de la semaine est épuisé</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AtRiskPanel</name>
    <message>
        <source>At-risk score</source>
        <translation>Score de risque de départ</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <source>Computed more than 48 hours ago</source>
        <translation>Calculé il y a plus de 48 heures</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Computed %1 (%2)</source>
        <translation>Calculé le %1 (%2)</translation>
    </message>
    <message>
        <source>Expected value of outreach: %1</source>
        <translation>Valeur attendue de la relance : %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AuditPage</name>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Charger les plus anciennes</translation>
    </message>
    <message>
        <source>Actor filter</source>
        <translation>Filtre d’auteur</translation>
    </message>
    <message>
        <source>Any username</source>
        <translation>Tout identifiant</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtre d’action</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>Actions that start with this text, e.g. &quot;user.&quot; for every change to a user.</source>
        <translation>Actions qui commencent par ce texte, par exemple « user. » pour toute modification d’un utilisateur.</translation>
    </message>
    <message>
        <source>Location filter</source>
        <translation>Filtre de site</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>Recompute the hash chain of the whole log and report the first broken entry.</source>
        <translation>Recalcule la chaîne de hachage de tout le journal et signale la première entrée rompue.</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>location (region)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Load the %1 entries before the oldest one shown.</source>
        <translation>Charge les %1 entrées précédant la plus ancienne affichée.</translation>
    </message>
    <message>
        <source>Every matching entry is shown.</source>
        <translation>Toutes les entrées correspondantes sont affichées.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>Newest %n matching entries; older ones are loaded on request.</source>
        <translation>
            <numerusform>L’entrée correspondante la plus récente ; les plus anciennes se chargent à la demande.</numerusform>
            <numerusform>Les %n entrées correspondantes les plus récentes ; les plus anciennes se chargent à la demande.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n entrée correspondante</numerusform>
            <numerusform>%n entrées correspondantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::ui::AuditPresenter</name>
    <message>
        <source>The start date is after the end date: choose dates in order.</source>
        <translation>La date de début est postérieure à la date de fin : choisissez les dates dans l’ordre.</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Vérification de la chaîne…</translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation>La chaîne n’a pas pu être vérifiée : %1</translation>
    </message>
    <message>
        <source>Intact: %1 entries checked</source>
        <translation>Intacte : %1 entrées vérifiées</translation>
    </message>
    <message>
        <source>Broken at entry %1: %2 (%3 entries checked). Entries from there on may have been altered.</source>
        <translation>Rompue à l’entrée %1 : %2 (%3 entrées vérifiées). Les entrées à partir de celle-ci ont pu être modifiées.</translation>
    </message>
    <message>
        <source>Cannot reach the engine right now. Press F5 to try again.</source>
        <translation>Impossible de joindre le moteur pour l’instant. Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>Only corporate administrators read the audit log: %1</source>
        <translation>Seule l’administration centrale peut lire le journal d’audit : %1</translation>
    </message>
    <message>
        <source>The engine could not load the audit log: %1</source>
        <translation>Le moteur n’a pas pu charger le journal d’audit : %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AuditTableModel</name>
    <message>
        <source>Done offline at %1 on the desk; reached the engine at %2. Entry %3.</source>
        <translation>Effectué hors ligne à %1 sur le poste ; parvenu au moteur à %2. Entrée %3.</translation>
    </message>
    <message>
        <source>Entry %1, %2 UTC</source>
        <translation>Entrée %1, %2 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>In your time zone.</source>
        <translation>Dans votre fuseau horaire.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ConsentDialog</name>
    <message>
        <source>text messages (SMS)</source>
        <translation>des SMS</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>des e-mails</translation>
    </message>
    <message>
        <source>phone calls</source>
        <translation>des appels téléphoniques</translation>
    </message>
    <message>
        <source>app notifications</source>
        <translation>des notifications de l&apos;application</translation>
    </message>
    <message>
        <source>letters by post</source>
        <translation>des courriers postaux</translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation>Enregistrer le consentement : %1</translation>
    </message>
    <message>
        <source>Record withdrawal: %1</source>
        <translation>Enregistrer le retrait : %1</translation>
    </message>
    <message>
        <source>Read this to %1 and record it only if they agree:</source>
        <translation>Lisez ceci à %1 et ne l&apos;enregistrez que s&apos;il ou elle est d&apos;accord :</translation>
    </message>
    <message>
        <source>%1 no longer wants %2 from %3.</source>
        <translation>%1 ne souhaite plus recevoir %2 de %3.</translation>
    </message>
    <message>
        <source>&quot;I agree to receive %1 from %2 about my visits, offers and membership. I can withdraw this at any time.&quot;</source>
        <translation>&quot;J’accepte de recevoir %1 de %2 concernant mes visites, les offres et mon abonnement. Je peux retirer ce consentement à tout moment.&quot;</translation>
    </message>
    <message>
        <source>From now on nothing is sent to them on this channel. The ledger keeps the earlier entries and this one, with the time.</source>
        <translation>Désormais, rien ne lui est envoyé sur ce canal. Le registre conserve les entrées précédentes et celle-ci, avec l&apos;heure.</translation>
    </message>
    <message>
        <source>They agree: record consent</source>
        <translation>Accord donné : enregistrer le consentement</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Enregistrer le retrait</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ConsentWords</name>
    <message>
        <source>en</source>
        <comment>language code of the consent words</comment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ContactEditor</name>
    <message>
        <source>Edit contact details</source>
        <translation>Modifier les coordonnées</translation>
    </message>
    <message>
        <source>International number, e.g. +15125550123</source>
        <translation>Numéro international, p. ex. +15125550123</translation>
    </message>
</context>
<context>
    <name>outpost::ui::CustomerOpsPresenter</name>
    <message>
        <source>Merged (merge %1). It can be undone from the list of merges.</source>
        <translation>Fusionnés (fusion %1). Vous pouvez l&apos;annuler depuis la liste des fusions.</translation>
    </message>
    <message>
        <source>Kept apart: the suggestion was rejected.</source>
        <translation>Gardés séparés : la suggestion a été rejetée.</translation>
    </message>
    <message>
        <source>Merge %1 undone: both customers are back as they were.</source>
        <translation>Fusion %1 annulée : les deux clients sont revenus à leur état d&apos;origine.</translation>
    </message>
    <message>
        <source>Members scored again: %1.</source>
        <translation>Membres réévalués : %1.</translation>
    </message>
    <message>
        <source>Outreach started: a task was created. Outreach left this week: %1.</source>
        <translation>Relance lancée : une tâche a été créée. Relances restantes cette semaine : %1.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::CustomerText</name>
    <message>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation>Consentement SMS</translation>
    </message>
    <message>
        <source>Email consent</source>
        <translation>Consentement e-mail</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valeur vie client</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Last ticket</source>
        <translation>Dernier ticket</translation>
    </message>
    <message>
        <source>Home location</source>
        <translation>Site principal</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Numéro de membre</translation>
    </message>
    <message>
        <source>Access card</source>
        <translation>Carte d&apos;accès</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Consent ledger</source>
        <translation>Registre des consentements</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Event (%1)</source>
        <translation>Événement (%1)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Notifications push</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier postal</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Risque moyen</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>Récence</translation>
    </message>
    <message>
        <source>Visit frequency</source>
        <translation>Fréquence des visites</translation>
    </message>
    <message>
        <source>Payment friction</source>
        <translation>Difficultés de paiement</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Support and sentiment</source>
        <translation>Support et ressenti</translation>
    </message>
    <message>
        <source>No visit on record</source>
        <translation>Aucune visite enregistrée</translation>
    </message>
    <message>
        <source>Last visit %1 days ago</source>
        <translation>Dernière visite il y a %1 jours</translation>
    </message>
    <message>
        <source>Visits down %1%</source>
        <translation>Visites en baisse de %1%</translation>
    </message>
    <message>
        <source>Failed payments in 90 days: %1</source>
        <translation>Paiements refusés en 90 jours : %1</translation>
    </message>
    <message>
        <source>Latest payment failed</source>
        <translation>Le dernier paiement a été refusé</translation>
    </message>
    <message>
        <source>Engagement down %1%</source>
        <translation>Engagement en baisse de %1%</translation>
    </message>
    <message>
        <source>Support tickets in 90 days: %1</source>
        <translation>Tickets de support en 90 jours : %1</translation>
    </message>
    <message>
        <source>Low NPS or a 1-2 star review</source>
        <translation>NPS faible ou un avis de 1 à 2 étoiles</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Visit logged</source>
        <translation>Visite enregistrée</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <source>Class attended</source>
        <translation>Cours suivi</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Rendez-vous réservé</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Réservation annulée</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Paiement refusé</translation>
    </message>
    <message>
        <source>Payment succeeded</source>
        <translation>Paiement réussi</translation>
    </message>
    <message>
        <source>Refund initiated</source>
        <translation>Remboursement lancé</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>Message reçu</translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation>Ticket créé</translation>
    </message>
    <message>
        <source>NPS submitted</source>
        <translation>NPS envoyé</translation>
    </message>
    <message>
        <source>Review posted</source>
        <translation>Avis publié</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Prospect créé</translation>
    </message>
    <message>
        <source>App opened</source>
        <translation>Application ouverte</translation>
    </message>
    <message>
        <source>Trial started</source>
        <translation>Essai commencé</translation>
    </message>
    <message>
        <source>Membership changed</source>
        <translation>Abonnement modifié</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Same name and birthday</source>
        <translation>Même nom et même date de naissance</translation>
    </message>
    <message>
        <source>Similar email</source>
        <translation>E-mail similaire</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>outpost::ui::CustomersScreen</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Merge queue</source>
        <translation>File des fusions</translation>
    </message>
    <message>
        <source>At-risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Saved on this desk; it reaches the engine with the next sync.</source>
        <translation>Enregistré sur ce poste ; il atteindra le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Name, phone, email, member or external id</source>
        <translation>Nom, téléphone, e-mail, numéro de membre ou identifiant externe</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Clients trouvés</translation>
    </message>
    <message>
        <source>↓ moves to the list · Enter opens the first match</source>
        <translation>↓ va à la liste · Entrée ouvre le premier résultat</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DeskText</name>
    <message>
        <source>Payment failed</source>
        <translation>Paiement refusé</translation>
    </message>
    <message>
        <source>High at-risk</source>
        <translation>Risque de départ élevé</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Réclamation ouverte</translation>
    </message>
    <message>
        <source>Open task</source>
        <translation>Tâche ouverte</translation>
    </message>
    <message>
        <source>No SMS or email consent</source>
        <translation>Aucun consentement SMS ni e-mail</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Anniversaire aujourd’hui</translation>
    </message>
    <message>
        <source>high</source>
        <comment>at-risk band</comment>
        <translation>élevé</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>at-risk band</comment>
        <translation>moyen</translation>
    </message>
    <message>
        <source>low</source>
        <comment>at-risk band</comment>
        <translation>faible</translation>
    </message>
    <message>
        <source>Active member</source>
        <translation>Membre actif</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Aujourd’hui %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Hier %1</translation>
    </message>
    <message>
        <source>This account has no location to work at. Ask your manager to add one.</source>
        <translation>Ce compte n’a aucun site où travailler. Demandez à votre responsable d’en ajouter un.</translation>
    </message>
    <message>
        <source>just now, at %1</source>
        <translation>à l’instant, à %1</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Saisissez le prénom.</translation>
    </message>
    <message>
        <source>Say what they came for.</source>
        <translation>Indiquez ce qui l’amène.</translation>
    </message>
    <message>
        <source>Enter the phone with its country code, such as +1 512 555 0123.</source>
        <translation>Saisissez le téléphone avec l’indicatif du pays, par exemple +1 512 555 0123.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Ce n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The consent text is missing.</source>
        <translation>Le texte du consentement manque.</translation>
    </message>
    <message>
        <source>Enter a phone number or an email, so that the club can follow up.</source>
        <translation>Saisissez un téléphone ou un e-mail pour que le club puisse recontacter la personne.</translation>
    </message>
    <message>
        <source>The lead was not saved: %1</source>
        <translation>Le prospect n’a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DeskView</name>
    <message>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>New walk-in lead  (F3)</source>
        <translation>Nouveau prospect au comptoir  (F3)</translation>
    </message>
    <message>
        <source>Scan a card or search members</source>
        <translation>Scannez une carte ou cherchez un membre</translation>
    </message>
    <message>
        <source>Scan a card, or type a name, phone, email or member id</source>
        <translation>Scannez une carte, ou tapez un nom, un téléphone, un e-mail ou un numéro de membre</translation>
    </message>
    <message>
        <source>Matching members</source>
        <translation>Membres correspondants</translation>
    </message>
    <message>
        <source>Today at this location</source>
        <translation>Aujourd’hui sur ce site</translation>
    </message>
    <message>
        <source>No member has the card, id or name “%1”. Check the card, or take them as a walk-in lead.</source>
        <translation>Aucun membre n’a la carte, le numéro ou le nom « %1 ». Vérifiez la carte, ou enregistrez la personne comme prospect au comptoir.</translation>
    </message>
    <message>
        <source>New walk-in lead</source>
        <translation>Nouveau prospect au comptoir</translation>
    </message>
    <message>
        <source>%1 already checked in %2. Press F2 again to check them in once more.</source>
        <translation>%1 est déjà entré(e) %2. Appuyez de nouveau sur F2 pour l’enregistrer une autre fois.</translation>
    </message>
    <message>
        <source>Walk-in lead saved for %1; the team will follow up.</source>
        <translation>Prospect enregistré pour %1 ; l’équipe le recontactera.</translation>
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
    <message>
        <source>Use &amp;TLS (encrypted connection)</source>
        <translation>Utiliser &amp;TLS (connexion chiffrée)</translation>
    </message>
    <message>
        <source>Without TLS, Outpost connects only to a server on this computer.</source>
        <translation>Sans TLS, Outpost ne se connecte qu’à un serveur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Without TLS, Outpost connects only to this computer (localhost or 127.0.0.1). Turn TLS on to reach a server on the network.</source>
        <translation>Sans TLS, Outpost ne se connecte qu’à cet ordinateur (localhost ou 127.0.0.1). Activez TLS pour joindre un serveur du réseau.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import reviews</source>
        <translation>Importer des avis</translation>
    </message>
    <message>
        <source>Import a review export from Google Business Profile, Yelp or Facebook, or a CSV file. Reviews already stored are skipped, so a file can be imported again safely.</source>
        <translation>Importez un export d&apos;avis de Google Business Profile, Yelp ou Facebook, ou un fichier CSV. Les avis déjà enregistrés sont ignorés : un fichier peut être réimporté sans risque.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Choose an export file…</source>
        <translation>Choisissez un fichier d&apos;export…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export shape</source>
        <translation>Format de l&apos;export</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Détecter d&apos;après le fichier</translation>
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
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows that were not imported</source>
        <translation>Lignes non importées</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Choose a review export</source>
        <translation>Choisissez un export d&apos;avis</translation>
    </message>
    <message>
        <source>Review exports (*.json *.csv);;All files (*)</source>
        <translation>Exports d&apos;avis (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to import from the console; ask an administrator to run outpost-admin import reviews.</source>
        <translation>%1 est trop volumineux pour être importé depuis la console ; demandez à un administrateur de lancer outpost-admin import reviews.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>The engine did not import the file: %1</source>
        <translation>Le moteur n&apos;a pas importé le fichier : %1</translation>
    </message>
    <message>
        <source>Imported: %1 · Duplicates skipped: %2 · Bad rows: %3</source>
        <translation>Importés : %1 · Doublons ignorés : %2 · Lignes erronées : %3</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Lu comme : %1</translation>
    </message>
    <message>
        <source>Duplicates found by their text: %1</source>
        <translation>Doublons repérés par leur texte : %1</translation>
    </message>
    <message>
        <source>Tasks opened: %1 · Alerts raised: %2</source>
        <translation>Tâches ouvertes : %1 · Alertes déclenchées : %2</translation>
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
    <name>outpost::ui::LockView</name>
    <message>
        <source>Outpost is locked</source>
        <translation>Outpost est verrouillé</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>End the session; someone else can log in.</source>
        <translation>Termine la session ; une autre personne pourra se connecter.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Enter your password to continue; it is checked on this computer, so it works without a network.</source>
        <translation>Connecté en tant que %1 (%2). Saisissez votre mot de passe pour continuer ; il est vérifié sur cet ordinateur et fonctionne donc sans réseau.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Mot de passe incorrect. Réessayez.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::LoginDialog</name>
    <message>
        <source>One-time &amp;code</source>
        <translation>&amp;Code à usage unique</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app.</source>
        <translation>Le code à 6 chiffres de votre application d’authentification.</translation>
    </message>
    <message>
        <source>&amp;Demo accounts</source>
        <translation>Comptes de &amp;démonstration</translation>
    </message>
    <message>
        <source>Log in to Outpost</source>
        <translation>Connexion à Outpost</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 chiffres</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Comptes de démonstration</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Choose a demo account…</source>
        <translation>Choisissez un compte de démonstration…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person and role (username)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The demo data&apos;s accounts, one per role. They exist only in the demo.</source>
        <translation>Les comptes des données de démonstration, un par rôle. Ils n’existent que dans la démonstration.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Saisissez le code à 6 chiffres de votre application d’authentification.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>That code is wrong or has expired. Enter the current code from your authenticator app.</source>
        <translation>Ce code est erroné ou a expiré. Saisissez le code actuel de votre application d’authentification.</translation>
    </message>
    <message>
        <source>Your password is right. This account also needs a one-time code: enter the 6-digit code from your authenticator app.</source>
        <translation>Le mot de passe est correct. Ce compte demande aussi un code à usage unique : saisissez le code à 6 chiffres de votre application d’authentification.</translation>
    </message>
    <message>
        <source>Wrong username or password. Check both and try again.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect. Vérifiez les deux et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: this account is locked. Try again in %n minute(s), or ask an administrator to reset your password.</source>
        <translation>
            <numerusform>Trop de tentatives échouées : ce compte est verrouillé. Réessayez dans %n minute ou demandez à un administrateur de réinitialiser votre mot de passe.</numerusform>
            <numerusform>Trop de tentatives échouées : ce compte est verrouillé. Réessayez dans %n minutes ou demandez à un administrateur de réinitialiser votre mot de passe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked. Try again later, or ask an administrator to reset your password.</source>
        <translation>Trop de tentatives échouées : ce compte est verrouillé. Réessayez plus tard ou demandez à un administrateur de réinitialiser votre mot de passe.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>Ce compte est désactivé. Demandez à un administrateur de le réactiver.</translation>
    </message>
    <message>
        <source>Cannot reach the engine. Check the network connection and try again.</source>
        <translation>Impossible de joindre le moteur. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one this computer trusts. Do not log in; ask your administrator.</source>
        <translation>Le certificat du serveur n’est pas celui auquel cet ordinateur fait confiance. Ne vous connectez pas ; contactez votre administrateur.</translation>
    </message>
    <message>
        <source>The engine refused the login: %1</source>
        <translation>Le moteur a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of your data cannot be opened: %1</source>
        <translation>La copie de vos données sur cet ordinateur ne peut pas être ouverte : %1</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of your data was written by a newer version of Outpost. Update Outpost to log in here.</source>
        <translation>La copie de vos données sur cet ordinateur a été écrite par une version plus récente d&apos;Outpost. Mettez Outpost à jour pour vous connecter ici.</translation>
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
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>End your session on this computer</source>
        <translation>Terminer votre session sur cet ordinateur</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) in your locations</source>
        <translation>
            <numerusform>%Ln avis dans vos établissements</numerusform>
            <numerusform>%Ln avis dans vos établissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading your locations</source>
        <translation>Chargement de vos sites</translation>
    </message>
    <message>
        <source>Changes made on this computer that the engine has not confirmed yet. Click for the Sync issues panel.</source>
        <translation>Modifications faites sur cet ordinateur que le moteur n&apos;a pas encore confirmées. Cliquez pour ouvrir le panneau des problèmes de synchronisation.</translation>
    </message>
    <message>
        <source>Changes the engine refused. Click to retry or discard them.</source>
        <translation>Modifications refusées par le moteur. Cliquez pour les réessayer ou les abandonner.</translation>
    </message>
    <message>
        <source>%1 · offline — working from this computer</source>
        <comment>connection place</comment>
        <translation>%1 · hors ligne — travail depuis cet ordinateur</translation>
    </message>
    <message>
        <source>%1 · online</source>
        <comment>connection place</comment>
        <translation>%1 · en ligne</translation>
    </message>
    <message>
        <source>%1 · connecting</source>
        <comment>connection place</comment>
        <translation>%1 · connexion</translation>
    </message>
    <message>
        <source>Task about to breach (%1 left)</source>
        <translation>Tâche sur le point d’expirer (reste %1)</translation>
    </message>
</context>
<context>
    <name>outpost::ui::MemberCardPane</name>
    <message>
        <source>Scan a member&apos;s card or type a name, phone or email above.
Their card opens here: press F2 or Enter to check them in.</source>
        <translation>Scannez la carte d’un membre ou tapez un nom, un téléphone ou un e-mail ci-dessus.
Sa fiche s’ouvre ici : appuyez sur F2 ou Entrée pour enregistrer son arrivée.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>At-risk</source>
        <translation>Risque de départ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Check in   (F2 or Enter)</source>
        <translation>Enregistrer l’arrivée   (F2 ou Entrée)</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l’arrivée</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Membre %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Carte %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>alert · detail</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message>
        <source> · last %1</source>
        <translation> · dernière %1</translation>
    </message>
    <message>
        <source>%1 of 100 (%2)</source>
        <translation>%1 sur 100 (%2)</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>No phone or email</source>
        <translation>Ni téléphone ni e-mail</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>SMS: %1    Email: %2</source>
        <translation>SMS : %1    E-mail : %2</translation>
    </message>
    <message>
        <source>✓ Checked in at %1 — saved on this computer, waiting to sync</source>
        <translation>✓ Arrivée enregistrée à %1 — sur cet ordinateur, en attente de synchronisation</translation>
    </message>
    <message>
        <source>✓ Checked in at %1 — synced</source>
        <translation>✓ Arrivée enregistrée à %1 — synchronisée</translation>
    </message>
</context>
<context>
    <name>outpost::ui::MergeQueueView</name>
    <message>
        <source>Suggested merges (a person decides; nothing merges on its own):</source>
        <translation>Fusions suggérées (une personne décide ; rien ne fusionne tout seul) :</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Customer A</source>
        <translation>Client A</translation>
    </message>
    <message>
        <source>Customer B</source>
        <translation>Client B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Merge suggestions</source>
        <translation>Suggestions de fusion</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Folded in</source>
        <translation>Absorbé</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Merges done</source>
        <translation>Fusions effectuées</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>Puts both customers back as they were before the merge</source>
        <translation>Remet les deux clients dans leur état d&apos;avant la fusion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Customer A (kept)</source>
        <translation>Client A (conservé)</translation>
    </message>
    <message>
        <source>Customer B (folded in)</source>
        <translation>Client B (absorbé)</translation>
    </message>
    <message>
        <source>Side-by-side compare</source>
        <translation>Comparaison côte à côte</translation>
    </message>
    <message>
        <source>Reason to keep them apart (needed to reject)</source>
        <translation>Raison de les garder séparés (obligatoire pour rejeter)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Approve merge</source>
        <translation>Approuver la fusion</translation>
    </message>
    <message>
        <source>No merge suggestions are waiting.</source>
        <translation>Aucune suggestion de fusion en attente.</translation>
    </message>
    <message>
        <source>Pick a suggestion to compare the two profiles.</source>
        <translation>Choisissez une suggestion pour comparer les deux profils.</translation>
    </message>
    <message>
        <source>Customer %1 and customer %2 — %3% alike. Approving keeps A and folds B into it; it can be undone.</source>
        <translation>Client %1 et client %2 : %3 % de ressemblance. Approuver conserve A et y intègre B ; c&apos;est réversible.</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Merges done — false-merge rate (unmerges / merges): %1%</source>
        <translation>Fusions effectuées — taux de fausses fusions (annulations / fusions) : %1 %</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Annulée le %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::MfaSecretPanel</name>
    <message>
        <source>New second factor</source>
        <translation>Nouveau second facteur</translation>
    </message>
    <message>
        <source>Shown once: add it to the authenticator app now, or copy the secret. Outpost does not show it again.</source>
        <translation>Affiché une seule fois : ajoutez-le maintenant à l’application d’authentification ou copiez le secret. Outpost ne l’affichera plus.</translation>
    </message>
    <message>
        <source>Authenticator link</source>
        <translation>Lien d’authentification</translation>
    </message>
    <message>
        <source>Authenticator link (otpauth URI)</source>
        <translation>Lien d’authentification (URI otpauth)</translation>
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
        <translation>Terminé, je l’ai enregistré</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Second factor for %1</source>
        <translation>Second facteur de %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::Profile360View</name>
    <message>
        <source>Search for a customer by name, phone, email or member id, then pick one to see their profile.</source>
        <translation>Recherchez un client par nom, téléphone, e-mail ou numéro de membre, puis choisissez-le pour voir son profil.</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Modifier le contact…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation>Champs du profil</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Current consent, from the ledger (the latest entry per channel decides):</source>
        <translation>Consentement actuel d&apos;après le registre (la dernière entrée de chaque canal fait foi) :</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Version du texte</translation>
    </message>
    <message>
        <source>Ledger history:</source>
        <translation>Historique du registre :</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note about this customer…</source>
        <translation>Écrivez une note sur ce client…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>%1 · %2 · open tasks: %3 · reviews: %4 · leads: %5</source>
        <translation>%1 · %2 · tâches ouvertes : %3 · avis : %4 · prospects : %5</translation>
    </message>
    <message>
        <source>Customer %1 · contract v%2 · came from %3 · last synced from outside: %4</source>
        <translation>Client %1 · contrat v%2 · provient de %3 · dernière synchro externe : %4</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>Jamais demandé</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Enregistrer un consentement…</translation>
    </message>
    <message>
        <source>The person agrees to messages on the selected channel: read them the words first</source>
        <translation>La personne accepte les messages sur le canal sélectionné : lisez-lui d’abord le texte</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>Enregistrer un retrait…</translation>
    </message>
    <message>
        <source>The person no longer wants messages on the selected channel</source>
        <translation>La personne ne veut plus de messages sur le canal sélectionné</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReplyCard</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Private reply</source>
        <translation>Réponse privée</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Réponse publique</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>reply kind · author</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reply state: %1</source>
        <translation>État de la réponse : %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to sync with the engine</source>
        <translation>Enregistré sur cet ordinateur ; en attente de synchronisation avec le moteur</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>time — event</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reply history</source>
        <translation>Historique de la réponse</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Retry posting</source>
        <translation>Réessayer la publication</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motif de la décision</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>A regional manager or corporate approves replies to high-severity reviews.</source>
        <translation>Un responsable régional ou le siège approuve les réponses aux avis de gravité élevée.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReplyComposer</name>
    <message>
        <source>Reply to a review</source>
        <translation>Répondre à un avis</translation>
    </message>
    <message>
        <source>Reply composer</source>
        <translation>Éditeur de réponses</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Nouvelle réponse</translation>
    </message>
    <message>
        <source>Editing the saved draft</source>
        <translation>Modification du brouillon enregistré</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Réponse publique</translation>
    </message>
    <message>
        <source>Posted under the review, for everyone to read</source>
        <translation>Publiée sous l&apos;avis, visible par tous</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Message privé</translation>
    </message>
    <message>
        <source>Sent to the reviewer only</source>
        <translation>Envoyé uniquement à l&apos;auteur de l&apos;avis</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>Langue du modèle</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Write the reply, or start from a template. Tokens such as {first_name} are filled in for this review.</source>
        <translation>Rédigez la réponse ou partez d&apos;un modèle. Les balises comme {first_name} sont remplies pour cet avis.</translation>
    </message>
    <message>
        <source>Tokens: {first_name} {location_name} {manager_name} {review_platform} {rating}</source>
        <translation>Balises : {first_name} {location_name} {manager_name} {review_platform} {rating}</translation>
    </message>
    <message>
        <source>Preview — as it will be posted</source>
        <translation>Aperçu — tel qu&apos;il sera publié</translation>
    </message>
    <message>
        <source>Reply preview</source>
        <translation>Aperçu de la réponse</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save the draft on this computer; it syncs when the engine is reachable (%1)</source>
        <translation>Enregistre le brouillon sur cet ordinateur ; il se synchronise dès que le moteur est joignable (%1)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Replies to this review</source>
        <translation>Réponses à cet avis</translation>
    </message>
    <message>
        <source>No replies yet. A saved draft appears here with its state.</source>
        <translation>Pas encore de réponse. Un brouillon enregistré apparaît ici avec son état.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>author · stars · location</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(The review has a rating but no text.)</source>
        <translation>(L&apos;avis a une note mais pas de texte.)</translation>
    </message>
    <message>
        <source>No template — write freely</source>
        <translation>Sans modèle — rédaction libre</translation>
    </message>
    <message>
        <source>The reply appears here as the reviewer will read it.</source>
        <translation>La réponse s&apos;affiche ici telle que l&apos;auteur de l&apos;avis la lira.</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Soumettre pour approbation</translation>
    </message>
    <message>
        <source>Outpost does not know %1: correct the token or remove it.</source>
        <translation>Outpost ne connaît pas %1 : corrigez la balise ou supprimez-la.</translation>
    </message>
    <message>
        <source>This review has no value for %1: write the words yourself.</source>
        <translation>Cet avis n&apos;a pas de valeur pour %1 : écrivez ces mots vous-même.</translation>
    </message>
    <message>
        <source>This is the template word for word. A review of 1 or 2 stars needs a reply a person has written: edit it before submitting.</source>
        <translation>C&apos;est le modèle mot pour mot. Un avis de 1 ou 2 étoiles demande une réponse écrite par une personne : modifiez-la avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>This review is high severity: a regional manager approves the reply before it is posted.</source>
        <translation>Cet avis est de gravité élevée : un responsable régional approuve la réponse avant sa publication.</translation>
    </message>
    <message>
        <source>This is the template word for word. The engine refuses an unedited template for a review of 1 or 2 stars: edit the reply first.</source>
        <translation>C&apos;est le modèle mot pour mot. Le moteur refuse un modèle non modifié pour un avis de 1 ou 2 étoiles : modifiez d&apos;abord la réponse.</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Editing the draft of %1</source>
        <translation>Modification du brouillon de %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReplyComposerPresenter</name>
    <message>
        <source>Drafted by %1</source>
        <translation>Rédigée par %1</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Sent back by %1: %2</source>
        <translation>Renvoyée par %1 : %2</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Approuvée par %1</translation>
    </message>
    <message>
        <source>Approved by %1: %2</source>
        <translation>Approuvée par %1 : %2</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Posting failed: %1</source>
        <translation>La publication a échoué : %1</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>Impossible de lire l&apos;avis : %1</translation>
    </message>
    <message>
        <source>Draft saved. It syncs when the engine is reachable.</source>
        <translation>Brouillon enregistré. Il se synchronise dès que le moteur est joignable.</translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation>Le brouillon n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Submitted: the reply waits for a regional manager&apos;s approval.</source>
        <translation>Envoyée : la réponse attend l&apos;approbation d&apos;un responsable régional.</translation>
    </message>
    <message>
        <source>Submitted: the reply is approved and will be posted.</source>
        <translation>Envoyée : la réponse est approuvée et sera publiée.</translation>
    </message>
    <message>
        <source>The reply was not submitted: %1</source>
        <translation>La réponse n&apos;a pas été envoyée : %1</translation>
    </message>
    <message>
        <source>Approved: the reply will be posted.</source>
        <translation>Approuvée : la réponse sera publiée.</translation>
    </message>
    <message>
        <source>The reply was not approved: %1</source>
        <translation>La réponse n&apos;a pas été approuvée : %1</translation>
    </message>
    <message>
        <source>Sent back to its writer as a draft.</source>
        <translation>Renvoyée à son auteur comme brouillon.</translation>
    </message>
    <message>
        <source>The reply was not rejected: %1</source>
        <translation>La réponse n&apos;a pas été refusée : %1</translation>
    </message>
    <message>
        <source>Posting will be tried again.</source>
        <translation>La publication sera réessayée.</translation>
    </message>
    <message>
        <source>The reply cannot be retried: %1</source>
        <translation>Impossible de réessayer la réponse : %1</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Brouillon supprimé.</translation>
    </message>
    <message>
        <source>The draft was not discarded: %1</source>
        <translation>Le brouillon n&apos;a pas été supprimé : %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Choose a new password for %1. Their open sessions end, and they sign in again with the new password.</source>
        <translation>Choisissez un nouveau mot de passe pour %1. Ses sessions ouvertes se ferment et la personne se reconnecte avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmation du nouveau mot de passe</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewBulkBar</name>
    <message>
        <source>Acknowledge all</source>
        <translation>Accuser réception de tous</translation>
    </message>
    <message>
        <source>Acknowledge every selected review (c)</source>
        <translation>Accuser réception de chaque avis sélectionné (c)</translation>
    </message>
    <message>
        <source>Assign all to me</source>
        <translation>Me les attribuer tous</translation>
    </message>
    <message>
        <source>Assign every selected review to you (a)</source>
        <translation>Vous attribuer chaque avis sélectionné (a)</translation>
    </message>
    <message>
        <source>Resolve all</source>
        <translation>Tout résoudre</translation>
    </message>
    <message>
        <source>Resolve every selected review (x)</source>
        <translation>Résoudre chaque avis sélectionné (x)</translation>
    </message>
    <message>
        <source>Escalate all</source>
        <translation>Tout escalader</translation>
    </message>
    <message>
        <source>Create or escalate a task for every selected review (e)</source>
        <translation>Créer ou escalader une tâche pour chaque avis sélectionné (e)</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) selected:</source>
        <translation>
            <numerusform>%n avis sélectionné :</numerusform>
            <numerusform>%n avis sélectionnés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n review(s).</source>
        <translation>
            <numerusform>Réception accusée pour %n avis.</numerusform>
            <numerusform>Réception accusée pour %n avis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %1 of %n review(s).</source>
        <translation>
            <numerusform>Réception accusée pour %1 avis sur %n.</numerusform>
            <numerusform>Réception accusée pour %1 avis sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n review(s) to you.</source>
        <translation>
            <numerusform>%n avis vous ont été attribués.</numerusform>
            <numerusform>%n avis vous ont été attribués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 of %n review(s) to you.</source>
        <translation>
            <numerusform>%1 avis sur %n vous ont été attribués.</numerusform>
            <numerusform>%1 avis sur %n vous ont été attribués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n review(s).</source>
        <translation>
            <numerusform>%n avis résolu.</numerusform>
            <numerusform>%n avis résolus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %1 of %n review(s).</source>
        <translation>
            <numerusform>%1 avis résolu sur %n.</numerusform>
            <numerusform>%1 avis résolus sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated %n review(s).</source>
        <translation>
            <numerusform>%n avis escaladé.</numerusform>
            <numerusform>%n avis escaladés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated %1 of %n review(s).</source>
        <translation>
            <numerusform>%1 avis escaladé sur %n.</numerusform>
            <numerusform>%1 avis escaladés sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Not changed: %2</source>
        <translation>%1 Non modifiés : %2</translation>
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
    <message>
        <source>Assigned to</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Reply drafts</source>
        <translation>Brouillons de réponse</translation>
    </message>
    <message>
        <source>No reply drafts yet.</source>
        <translation>Aucun brouillon de réponse pour l&apos;instant.</translation>
    </message>
    <message>
        <source>New reply draft</source>
        <translation>Nouveau brouillon de réponse</translation>
    </message>
    <message>
        <source>Reply draft</source>
        <translation>Brouillon de réponse</translation>
    </message>
    <message>
        <source>Write a reply to this review…</source>
        <translation>Rédigez une réponse à cet avis…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save the draft (%1)</source>
        <translation>Enregistrer le brouillon (%1)</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Acknowledge (c)</source>
        <translation>Prendre en compte (c)</translation>
    </message>
    <message>
        <source>Mark the review as seen and being handled</source>
        <translation>Marquer l&apos;avis comme vu et en cours de traitement</translation>
    </message>
    <message>
        <source>Reopen (x)</source>
        <translation>Rouvrir (x)</translation>
    </message>
    <message>
        <source>Resolve (x)</source>
        <translation>Résoudre (x)</translation>
    </message>
    <message>
        <source>Open the review again</source>
        <translation>Rouvrir l&apos;avis</translation>
    </message>
    <message>
        <source>Mark the review as dealt with</source>
        <translation>Marquer l&apos;avis comme traité</translation>
    </message>
    <message>
        <source>Unassign (a)</source>
        <translation>Désassigner (a)</translation>
    </message>
    <message>
        <source>Assign to me (a)</source>
        <translation>M&apos;assigner (a)</translation>
    </message>
    <message>
        <source>Leave the review to someone else</source>
        <translation>Laisser l&apos;avis à quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Take the review: others see that you work on it</source>
        <translation>Prendre l&apos;avis : les autres voient que vous vous en occupez</translation>
    </message>
    <message>
        <source>Editing the draft of %1</source>
        <translation>Modification du brouillon de %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>draft author · age</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Conflict: written at the same time as another draft</source>
        <translation>Conflit : rédigé en même temps qu&apos;un autre brouillon</translation>
    </message>
    <message>
        <source>Written at the same time as another draft of this review; both are kept. Keep the one you want and discard the other.</source>
        <translation>Rédigé en même temps qu&apos;un autre brouillon de cet avis ; les deux sont gardés. Gardez celui que vous voulez et abandonnez l&apos;autre.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to sync with the engine</source>
        <translation>Enregistré sur cet ordinateur ; en attente de synchronisation avec le moteur</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Edit the draft of %1</source>
        <translation>Modifier le brouillon de %1</translation>
    </message>
    <message>
        <source>Discard the draft of %1</source>
        <translation>Abandonner le brouillon de %1</translation>
    </message>
    <message>
        <source>%1 · pending</source>
        <comment>review status · waiting to sync</comment>
        <translation>%1 · en attente</translation>
    </message>
    <message>
        <source>Changed on this computer; waiting to sync with the engine</source>
        <translation>Modifié sur cet ordinateur ; en attente de synchronisation avec le moteur</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigné à %1</translation>
    </message>
    <message>
        <source>Why this severity</source>
        <translation>Pourquoi cette gravité</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <source>Write a reply with a template and a live preview</source>
        <translation>Rédiger une réponse avec un modèle et un aperçu en direct</translation>
    </message>
    <message>
        <source>Severity %1 — why:</source>
        <translation>Gravité %1 — pourquoi :</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA : %1</translation>
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
    <message>
        <source>Severity filter</source>
        <translation>Filtre de gravité</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium or high</source>
        <translation>Moyenne ou haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Needs reply (open, acknowledged)</source>
        <translation>À répondre (ouverts, réception accusée)</translation>
    </message>
    <message>
        <source>SLA filter</source>
        <translation>Filtre SLA</translation>
    </message>
    <message>
        <source>Any SLA state</source>
        <translation>Tout état SLA</translation>
    </message>
    <message>
        <source>Warning or breached</source>
        <translation>Alerte ou dépassé</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>No SLA running</source>
        <translation>Aucun SLA en cours</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>É&amp;tat</translation>
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
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Blessure</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <source>Legal threat</source>
        <translation>Menace juridique</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>Données de santé</translation>
    </message>
    <message>
        <source>Privacy data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>Accusé</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>corporate</source>
        <translation>siège</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Sans SLA</translation>
    </message>
    <message>
        <source>%1 overdue just now</source>
        <translation>%1 en retard à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 overdue %2</source>
        <translation>%1 en retard de %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1 : encore %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
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
        <translation>Note : %1 sur 5 étoiles</translation>
    </message>
    <message>
        <source>%1 keyword %2: goes to regional ops and legal</source>
        <translation>Mot-clé %1 %2 : transmis aux opérations régionales et au service juridique</translation>
    </message>
    <message>
        <source>Negative word %1</source>
        <translation>Mot négatif %1</translation>
    </message>
    <message>
        <source>Positive word %1</source>
        <translation>Mot positif %1</translation>
    </message>
    <message>
        <source>%1 after a negation, counted the other way</source>
        <translation>%1 après une négation, compté dans l&apos;autre sens</translation>
    </message>
    <message>
        <source>Overall tone: negative</source>
        <translation>Ton général : négatif</translation>
    </message>
    <message>
        <source>Overall tone: positive</source>
        <translation>Ton général : positif</translation>
    </message>
    <message>
        <source>Overall tone: neutral</source>
        <translation>Ton général : neutre</translation>
    </message>
    <message>
        <source>Severity high: a risk keyword fired</source>
        <translation>Gravité haute : un mot-clé à risque a été détecté</translation>
    </message>
    <message>
        <source>Severity medium: a low rating or a clear complaint (manager task)</source>
        <translation>Gravité moyenne : note basse ou plainte nette (tâche pour le responsable)</translation>
    </message>
    <message>
        <source>Severity low: no risk keyword, no strong complaint</source>
        <translation>Gravité basse : aucun mot-clé à risque, pas de plainte marquée</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewMetricsStrip</name>
    <message>
        <source>Review metrics</source>
        <translation>Indicateurs des avis</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Leave the drill-down and count every location again</source>
        <translation>Quitter le détail et compter à nouveau tous les sites</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>The mean star rating of the reviews these filters match</source>
        <translation>La note moyenne des avis correspondant à ces filtres</translation>
    </message>
    <message>
        <source>Reviews a week</source>
        <translation>Avis par semaine</translation>
    </message>
    <message>
        <source>Reviews posted in the last four weeks, divided by four</source>
        <translation>Avis publiés ces quatre dernières semaines, divisés par quatre</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>The share of these reviews with a posted reply</source>
        <translation>La part de ces avis ayant une réponse publiée</translation>
    </message>
    <message>
        <source>Median first reply</source>
        <translation>Délai médian de première réponse</translation>
    </message>
    <message>
        <source>Half of the replied reviews got their first posted reply within this time</source>
        <translation>La moitié des avis ayant reçu une réponse l&apos;ont eue dans ce délai</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n review(s)</source>
        <translation>
            <numerusform>%1
%n avis</numerusform>
            <numerusform>%1
%n avis</numerusform>
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
        <translation>Afficher uniquement les avis dans cet état ; cliquer à nouveau pour tout afficher</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>status and its count</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n review(s)</source>
        <translation>
            <numerusform>%1 : %n avis</numerusform>
            <numerusform>%1 : %n avis</numerusform>
        </translation>
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
    <message>
        <source>Changed on this computer; waiting to sync with the engine</source>
        <translation>Modifié sur cet ordinateur ; en attente de synchronisation avec le moteur</translation>
    </message>
    <message>
        <source>%1 · pending</source>
        <comment>review status · waiting to sync</comment>
        <translation>%1 · en attente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Double-click to show only this location</source>
        <translation>Double-cliquez pour n&apos;afficher que ce site</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>The words and rules that set the severity; the review&apos;s pane lists them all.</source>
        <translation>Les mots et règles qui ont fixé la gravité ; le panneau de l&apos;avis les liste tous.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewsExtras</name>
    <message>
        <source>Import reviews…</source>
        <translation>Importer des avis…</translation>
    </message>
    <message>
        <source>Import a review export from Google, Yelp, Facebook or a CSV file</source>
        <translation>Importer un export d&apos;avis de Google, Yelp, Facebook ou un fichier CSV</translation>
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
    <message>
        <source>This change could not be made: %1</source>
        <translation>Cette modification n&apos;a pas pu être faite : %1</translation>
    </message>
    <message>
        <source>Review %1: %2</source>
        <translation>Avis %1 : %2</translation>
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
    <message>
        <source>Keys: j/k move · a assign to me · r reply · e escalate · c acknowledge · x resolve · Ctrl or Shift+click selects several</source>
        <translation>Touches : j/k se déplacer · a m&apos;attribuer · r répondre · e escalader · c accuser réception · x résoudre · Ctrl ou Maj+clic en sélectionne plusieurs</translation>
    </message>
    <message>
        <source>Keys: j/k move · double-click a location to show only it</source>
        <translation>Touches : j/k se déplacer · double-cliquez sur un site pour n&apos;afficher que lui</translation>
    </message>
</context>
<context>
    <name>outpost::ui::SavedViewsBar</name>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Save the current filters under a name</source>
        <translation>Enregistrer les filtres actuels sous un nom</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Delete the view chosen (built-in views stay)</source>
        <translation>Supprimer la vue choisie (les vues prédéfinies restent)</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Vue</translation>
    </message>
    <message>
        <source>Unsaved filters</source>
        <translation>Filtres non enregistrés</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ScreenshotRunner</name>
    <message>
        <source>Embedded engine on this computer</source>
        <translation>Moteur intégré sur cet ordinateur</translation>
    </message>
    <message>
        <source>Thank you for telling us. The manager of the club will call you today to put this right.</source>
        <translation>Merci de nous l&apos;avoir signalé. Le responsable du club vous appellera aujourd&apos;hui pour arranger cela.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ServerTrust</name>
    <message>
        <source>This is the first connection from this computer to the Outpost server at %1:%2. Its certificate fingerprint (SHA-256) is:

%3

Compare with the fingerprint your administrator got from `outpost-admin init`. Trust this server only if every pair of characters matches.</source>
        <translation>C’est la première connexion de cet ordinateur au serveur Outpost %1:%2. L’empreinte de son certificat (SHA-256) est :

%3

Comparez-la avec l’empreinte que votre administrateur a obtenue avec `outpost-admin init`. Ne faites confiance à ce serveur que si chaque paire de caractères correspond.</translation>
    </message>
    <message>
        <source>The Outpost server at %1:%2 presented a different certificate from the one this computer trusts, so Outpost did not connect. Someone may be intercepting the connection, or the administrator replaced the certificate.

%3

Ask your administrator before trusting the new certificate.</source>
        <translation>Le serveur Outpost %1:%2 a présenté un certificat différent de celui auquel cet ordinateur fait confiance ; Outpost ne s’est donc pas connecté. Quelqu’un intercepte peut-être la connexion, ou l’administrateur a remplacé le certificat.

%3

Consultez votre administrateur avant de faire confiance au nouveau certificat.</translation>
    </message>
    <message>
        <source>Trust the new certificate?</source>
        <translation>Faire confiance au nouveau certificat ?</translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation>Faire confiance à ce serveur ?</translation>
    </message>
    <message>
        <source>Trust the new certificate of %1:%2?</source>
        <translation>Faire confiance au nouveau certificat de %1:%2 ?</translation>
    </message>
    <message>
        <source>Trust the Outpost server at %1:%2?</source>
        <translation>Faire confiance au serveur Outpost %1:%2 ?</translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation>Faire confiance à ce serveur</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Ne pas se connecter</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Certificat modifié</translation>
    </message>
    <message>
        <source>Outpost refused the connection: the server&apos;s certificate changed.</source>
        <translation>Outpost a refusé la connexion : le certificat du serveur a changé.</translation>
    </message>
    <message>
        <source>Trust the new certificate…</source>
        <translation>Faire confiance au nouveau certificat…</translation>
    </message>
</context>
<context>
    <name>outpost::ui::Session</name>
    <message>
        <source>Corporate admin</source>
        <translation>Administration du siège</translation>
    </message>
    <message>
        <source>Corporate operations</source>
        <translation>Opérations du siège</translation>
    </message>
    <message>
        <source>Regional manager</source>
        <translation>Responsable régional</translation>
    </message>
    <message>
        <source>Location manager</source>
        <translation>Responsable d’établissement</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Accueil</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Users &amp;&amp; Locations</source>
        <translation>Utilisateurs et sites</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Create and edit users, assign regions and locations, reset passwords.</source>
        <translation>Créez et modifiez des utilisateurs, attribuez régions et sites, réinitialisez les mots de passe.</translation>
    </message>
    <message>
        <source>Who did what, when and where; and a check that nothing was altered.</source>
        <translation>Qui a fait quoi, quand et où ; et une vérification que rien n’a été modifié.</translation>
    </message>
    <message>
        <source>You are offline. Settings work on the engine directly, so users and the audit log can be seen and changed only while it can be reached.</source>
        <translation>Vous êtes hors ligne. Les paramètres agissent directement sur le moteur : les utilisateurs et le journal d&apos;audit ne se consultent et ne se modifient que lorsqu&apos;il est joignable.</translation>
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
        <source>Show this list</source>
        <translation>Afficher cette liste</translation>
    </message>
    <message>
        <source>Quit Outpost</source>
        <translation>Quitter Outpost</translation>
    </message>
    <message>
        <source>Acknowledge the review</source>
        <translation>Prendre l&apos;avis en compte</translation>
    </message>
    <message>
        <source>Resolve the review, or reopen it</source>
        <translation>Résoudre l&apos;avis, ou le rouvrir</translation>
    </message>
    <message>
        <source>Assign the review to me, or unassign it</source>
        <translation>M&apos;assigner l&apos;avis, ou le désassigner</translation>
    </message>
    <message>
        <source>Write a reply draft</source>
        <translation>Rédiger un brouillon de réponse</translation>
    </message>
    <message>
        <source>Save the reply draft</source>
        <translation>Enregistrer le brouillon de réponse</translation>
    </message>
    <message>
        <source>Reload the list</source>
        <translation>Recharger la liste</translation>
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
        <translation>%1 j</translation>
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
    <name>outpost::ui::SyncIssuesDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Sync issues</source>
        <translation>Problèmes de synchronisation</translation>
    </message>
    <message>
        <source>The engine refused these changes, so they were undone on this computer. Retry sends a change again; Discard forgets it.</source>
        <translation>Le moteur a refusé ces modifications ; elles ont donc été annulées sur cet ordinateur. Réessayer renvoie une modification ; Abandonner l&apos;oublie.</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>No sync issues. The engine accepted every change this computer sent.</source>
        <translation>Aucun problème de synchronisation. Le moteur a accepté toutes les modifications envoyées par cet ordinateur.</translation>
    </message>
    <message>
        <source>Send the selected change to the engine again</source>
        <translation>Renvoyer la modification sélectionnée au moteur</translation>
    </message>
    <message>
        <source>Forget the selected change</source>
        <translation>Oublier la modification sélectionnée</translation>
    </message>
    <message>
        <source>%1 · offline: they sync when the engine is back</source>
        <translation>%1 · hors ligne : synchronisation au retour du moteur</translation>
    </message>
</context>
<context>
    <name>outpost::ui::SyncIssuesModel</name>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Why the engine refused it</source>
        <translation>Pourquoi le moteur l&apos;a refusée</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Faite le</translation>
    </message>
</context>
<context>
    <name>outpost::ui::SyncText</name>
    <message>
        <source>Acknowledge review %1</source>
        <translation>Prendre en compte l&apos;avis %1</translation>
    </message>
    <message>
        <source>Resolve review %1</source>
        <translation>Résoudre l&apos;avis %1</translation>
    </message>
    <message>
        <source>Reopen review %1</source>
        <translation>Rouvrir l&apos;avis %1</translation>
    </message>
    <message>
        <source>Mark review %1 as replied</source>
        <translation>Marquer l&apos;avis %1 comme répondu</translation>
    </message>
    <message>
        <source>Unassign review %1</source>
        <translation>Désassigner l&apos;avis %1</translation>
    </message>
    <message>
        <source>Assign review %1 to %2</source>
        <translation>Assigner l&apos;avis %1 à %2</translation>
    </message>
    <message>
        <source>Save a reply draft for review %1</source>
        <translation>Enregistrer un brouillon de réponse pour l&apos;avis %1</translation>
    </message>
    <message>
        <source>Discard a reply draft</source>
        <translation>Abandonner un brouillon de réponse</translation>
    </message>
    <message>
        <source>Edit the contact details of customer %1</source>
        <translation>Modifier les coordonnées du client %1</translation>
    </message>
    <message>
        <source>Add a note to customer %1</source>
        <translation>Ajouter une note au client %1</translation>
    </message>
    <message>
        <source>Check in customer %1</source>
        <translation>Enregistrer l&apos;arrivée du client %1</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Toutes les modifications sont synchronisées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln modification en attente de synchronisation</numerusform>
            <numerusform>%Ln modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync issue(s)</source>
        <translation>
            <numerusform>%Ln problème de synchronisation</numerusform>
            <numerusform>%Ln problèmes de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading your locations… %1 of %2</source>
        <translation>Chargement de vos sites… %1 sur %2</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé : %1</translation>
    </message>
    <message>
        <source>No longer there: %1</source>
        <translation>N&apos;existe plus : %1</translation>
    </message>
    <message>
        <source>Changed meanwhile: %1</source>
        <translation>Modifié entre-temps : %1</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Non accepté : %1</translation>
    </message>
    <message>
        <source>This engine needs a newer version of Outpost. Update Outpost to sync again; your changes stay on this computer until then.</source>
        <translation>Ce moteur demande une version plus récente d&apos;Outpost. Mettez Outpost à jour pour synchroniser de nouveau ; vos modifications restent sur cet ordinateur d&apos;ici là.</translation>
    </message>
    <message>
        <source>Cannot reach the engine. Your changes are kept on this computer and sync when it is back.</source>
        <translation>Impossible de joindre le moteur. Vos modifications sont gardées sur cet ordinateur et se synchronisent à son retour.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again to sync.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>La synchronisation a échoué : %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::TaskCardPane</name>
    <message>
        <source>Task card</source>
        <translation>Fiche de la tâche</translation>
    </message>
    <message>
        <source>Select a task to see its card.</source>
        <translation>Sélectionnez une tâche pour voir sa fiche.</translation>
    </message>
    <message>
        <source>j and k move through the queue; c claims, t takes over.</source>
        <translation>j et k parcourent la file ; c la prend, t reprend la main.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <source>Make it yours (c)</source>
        <translation>La prendre (c)</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Reprendre la main</translation>
    </message>
    <message>
        <source>Own the customer&apos;s conversation; their automation pauses until you release or resolve (t)</source>
        <translation>Vous gérez la conversation du client ; son automatisation est suspendue jusqu’à libération ou résolution (t)</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Pause the SLA clock until the customer answers (w)</source>
        <translation>Suspendre le compteur SLA jusqu’à la réponse du client (w)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Done (x)</source>
        <translation>Terminé (x)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Give it back to the queue</source>
        <translation>La remettre dans la file</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Faire remonter…</translation>
    </message>
    <message>
        <source>Hand it one level up (e)</source>
        <translation>La transmettre au niveau supérieur (e)</translation>
    </message>
    <message>
        <source>Request approval…</source>
        <translation>Demander une approbation…</translation>
    </message>
    <message>
        <source>A refund or cancellation above your limit (a)</source>
        <translation>Un remboursement ou une résiliation au-delà de votre limite (a)</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Approve the request, with a reason</source>
        <translation>Approuver la demande, avec un motif</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Deny the request, with a reason</source>
        <translation>Refuser la demande, avec un motif</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>D’où elle vient</translation>
    </message>
    <message>
        <source>Why Outpost opened it</source>
        <translation>Pourquoi Outpost l’a ouverte</translation>
    </message>
    <message>
        <source>Suggested next step</source>
        <translation>Prochaine étape suggérée</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Last actions</source>
        <translation>Dernières actions</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>En attente de synchronisation</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>%1 · %2 · owner: %3 · with %4</source>
        <translation>%1 · %2 · responsable : %3 · au niveau %4</translation>
    </message>
    <message>
        <source>No customer linked.</source>
        <translation>Aucun client lié.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Consent: SMS %2 · email %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Consentement : SMS %2 · e-mail %3</translation>
    </message>
    <message>
        <source>Automation paused: %1 took over.</source>
        <translation>Automatisation suspendue : %1 a repris la main.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opened by hand.</source>
        <translation>Ouverte à la main.</translation>
    </message>
    <message>
        <source>Read the history and contact the customer.</source>
        <translation>Lisez l’historique et contactez le client.</translation>
    </message>
    <message>
        <source>Your approval limit: %1.</source>
        <translation>Votre limite d’approbation : %1.</translation>
    </message>
    <message>
        <source>Your role has no approval limit.</source>
        <translation>Votre rôle n’a pas de limite d’approbation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 waits for an approver.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 de %2 attend un approbateur.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 approved by %3: %4</source>
        <translation>%1 de %2 approuvé par %3 : %4</translation>
    </message>
    <message>
        <source>%1 of %2 denied by %3: %4</source>
        <translation>%1 de %2 refusé par %3 : %4</translation>
    </message>
    <message>
        <source>No approval requested.</source>
        <translation>Aucune approbation demandée.</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>Reprendre le travail</translation>
    </message>
    <message>
        <source>Someone else must approve your own request</source>
        <translation>Une autre personne doit approuver votre propre demande</translation>
    </message>
    <message>
        <source>The amount is above your approval limit</source>
        <translation>Le montant dépasse votre limite d’approbation</translation>
    </message>
    <message>
        <source>Escalate task</source>
        <translation>Faire remonter la tâche</translation>
    </message>
    <message>
        <source>Why does this go one level up? The next level reads this first.</source>
        <translation>Pourquoi la faire remonter ? Le niveau suivant lira ceci en premier.</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Faire remonter</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Approuver la demande</translation>
    </message>
    <message>
        <source>Deny request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <source>Your reason goes into the audit log with your name.</source>
        <translation>Votre motif est inscrit au journal d’audit avec votre nom.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>outpost::ui::TaskText</name>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Negative review</source>
        <translation>Avis négatif</translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation>A demandé une personne</translation>
    </message>
    <message>
        <source>Sensitive message</source>
        <translation>Message sensible</translation>
    </message>
    <message>
        <source>Automation failed</source>
        <translation>Échec de l’automatisation</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Approbation requise</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Paiement échoué</translation>
    </message>
    <message>
        <source>VIP contact</source>
        <translation>Contact VIP</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>corporate</source>
        <translation>siège</translation>
    </message>
    <message>
        <source>location</source>
        <translation>site</translation>
    </message>
    <message>
        <source>Paused: waiting on customer</source>
        <translation>En pause : en attente du client</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Sans SLA</translation>
    </message>
    <message>
        <source>Breached just now</source>
        <translation>Expirée à l’instant</translation>
    </message>
    <message>
        <source>Breached %1 ago</source>
        <translation>Expirée depuis %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Reste %1</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Échéance dans %1</translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>%1 opened the task</source>
        <translation>%1 a ouvert la tâche</translation>
    </message>
    <message>
        <source>%1 claimed it</source>
        <translation>%1 l’a prise</translation>
    </message>
    <message>
        <source>%1 released it</source>
        <translation>%1 l’a libérée</translation>
    </message>
    <message>
        <source>%1 gave it to %2</source>
        <translation>%1 l’a confiée à %2</translation>
    </message>
    <message>
        <source>%1 took over; automation paused</source>
        <translation>%1 a repris la main ; automatisation suspendue</translation>
    </message>
    <message>
        <source>%1 set it to %2</source>
        <translation>%1 l’a passée à %2</translation>
    </message>
    <message>
        <source>Escalated to %1 (%2)</source>
        <translation>Remontée au niveau %1 (%2)</translation>
    </message>
    <message>
        <source>SLA warning</source>
        <translation>Alerte SLA</translation>
    </message>
    <message>
        <source>SLA breached; %1 notified</source>
        <translation>SLA expiré ; niveau %1 averti</translation>
    </message>
    <message>
        <source>%1 asked for approval: %2</source>
        <translation>%1 a demandé une approbation : %2</translation>
    </message>
    <message>
        <source>%1 approved: %2</source>
        <translation>%1 a approuvé : %2</translation>
    </message>
    <message>
        <source>%1 denied: %2</source>
        <translation>%1 a refusé : %2</translation>
    </message>
    <message>
        <source>Keyword “%1”</source>
        <translation>Mot-clé « %1 »</translation>
    </message>
    <message>
        <source>Rating of %1 stars or less</source>
        <translation>Note de %1 étoiles ou moins</translation>
    </message>
    <message>
        <source>Automation failed %1 times</source>
        <translation>L’automatisation a échoué %1 fois</translation>
    </message>
    <message>
        <source>Above the automation&apos;s limit (%1)</source>
        <translation>Au-delà de la limite de l’automatisation (%1)</translation>
    </message>
    <message>
        <source>Payment still failing after retries</source>
        <translation>Le paiement échoue encore après les nouvelles tentatives</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>Client VIP</translation>
    </message>
</context>
<context>
    <name>outpost::ui::TasksView</name>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>Ma file</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Tableau de l’équipe</translation>
    </message>
    <message>
        <source>About to breach in %1: %2</source>
        <translation>Expire dans %1 : %2</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Reprises en main</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Non prise</translation>
    </message>
    <message numerus="yes">
        <source>%n of yours</source>
        <translation>
            <numerusform>%n à vous</numerusform>
            <numerusform>%n à vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in your queue</source>
        <translation>
            <numerusform>%n dans votre file</numerusform>
            <numerusform>%n dans votre file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open in your locations</source>
        <translation>
            <numerusform>%n ouverte dans vos sites</numerusform>
            <numerusform>%n ouvertes dans vos sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>outpost::ui::TodayList</name>
    <message>
        <source>Today at this location</source>
        <translation>Aujourd’hui sur ce site</translation>
    </message>
    <message>
        <source>Expected later today</source>
        <translation>Attendus plus tard</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>group (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open %1&apos;s card</source>
        <translation>Ouvrir la fiche de %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
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
<context>
    <name>outpost::ui::UserEditor</name>
    <message>
        <source>User details</source>
        <translation>Détails de l’utilisateur</translation>
    </message>
    <message>
        <source>Select a user to edit them, or create a new one.</source>
        <translation>Sélectionnez un utilisateur pour le modifier, ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>e.g. ana.lopez</source>
        <translation>p. ex. ana.lopez</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Regions and locations</source>
        <translation>Régions et sites</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Mot de passe initial</translation>
    </message>
    <message>
        <source>Require a second factor (authenticator app)</source>
        <translation>Exiger un second facteur (application d’authentification)</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Nom affiché</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Initial &amp;password</source>
        <translation>&amp;Mot de passe initial</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Corporate roles see every location.</source>
        <translation>Les rôles centraux voient tous les sites.</translation>
    </message>
    <message>
        <source>Choose the regions this manager oversees.</source>
        <translation>Choisissez les régions dont ce responsable a la charge.</translation>
    </message>
    <message>
        <source>Choose the locations this person works at.</source>
        <translation>Choisissez les sites où travaille cette personne.</translation>
    </message>
    <message>
        <source>Administrators always use a second factor.</source>
        <translation>Les administrateurs utilisent toujours un second facteur.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>They sign in with this username and password.</source>
        <translation>La personne se connecte avec cet identifiant et ce mot de passe.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Créer l’utilisateur</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>username · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Enrol a new second factor</source>
        <translation>Enregistrer un nouveau second facteur</translation>
    </message>
    <message>
        <source>Enable second factor</source>
        <translation>Activer le second facteur</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Réactiver le compte</translation>
    </message>
    <message>
        <source>Disable account…</source>
        <translation>Désactiver le compte…</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>Désactiver %1 ?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their history stays in the audit log, and you can enable the account again later.</source>
        <translation>%1 ne pourra plus se connecter. Son historique reste dans le journal d’audit et vous pourrez réactiver le compte plus tard.</translation>
    </message>
    <message>
        <source>A username cannot change once the user exists.</source>
        <translation>L’identifiant ne peut plus changer une fois l’utilisateur créé.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UserTableModel</name>
    <message>
        <source>Administrators need a second factor: enrol one from the details pane.</source>
        <translation>Les administrateurs ont besoin d’un second facteur : enregistrez-en un depuis le panneau de détails.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Second factor</source>
        <translation>Second facteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UsersPage</name>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Create a user (Ctrl+N)</source>
        <translation>Créer un utilisateur (Ctrl+N)</translation>
    </message>
    <message>
        <source>Users list</source>
        <translation>Liste des utilisateurs</translation>
    </message>
    <message>
        <source>Second factor</source>
        <translation>Second facteur</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::ui::UsersPresenter</name>
    <message>
        <source>Password: use at least %1 characters.</source>
        <translation>Mot de passe : utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Password: digits alone are too easy to guess; add letters or symbols.</source>
        <translation>Mot de passe : des chiffres seuls sont trop faciles à deviner ; ajoutez des lettres ou des symboles.</translation>
    </message>
    <message>
        <source>At least %1 characters, not only digits.</source>
        <translation>Au moins %1 caractères, pas uniquement des chiffres.</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) needed.</source>
        <translation>
            <numerusform>Encore %n caractère nécessaire.</numerusform>
            <numerusform>Encore %n caractères nécessaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Digits alone are too easy to guess: add letters or symbols.</source>
        <translation>Des chiffres seuls sont trop faciles à deviner : ajoutez des lettres ou des symboles.</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>Mot de passe robuste.</translation>
    </message>
    <message>
        <source>Acceptable. A longer password, or a mix of letters, digits and symbols, is stronger.</source>
        <translation>Acceptable. Un mot de passe plus long, ou un mélange de lettres, de chiffres et de symboles, est plus robuste.</translation>
    </message>
    <message>
        <source>Username: use 3 to 64 characters: lower-case letters, digits, dots, underscores or hyphens.</source>
        <translation>Identifiant : utilisez de 3 à 64 caractères : lettres minuscules, chiffres, points, tirets bas ou tirets.</translation>
    </message>
    <message>
        <source>Display name: enter the person&apos;s name.</source>
        <translation>Nom affiché : saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>Display name: use at most 200 characters.</source>
        <translation>Nom affiché : utilisez au plus 200 caractères.</translation>
    </message>
    <message>
        <source>Regions: choose at least one region for a regional manager.</source>
        <translation>Régions : choisissez au moins une région pour un responsable régional.</translation>
    </message>
    <message>
        <source>Locations: choose at least one location for front desk staff.</source>
        <translation>Sites : choisissez au moins un site pour le personnel d’accueil.</translation>
    </message>
    <message>
        <source>Locations: choose at least one location for a location manager.</source>
        <translation>Sites : choisissez au moins un site pour un responsable de site.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 peut maintenant se connecter.</translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation>Modifications de %1 enregistrées.</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 est désactivé et ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Password reset for %1. Their open sessions have ended.</source>
        <translation>Mot de passe de %1 réinitialisé. Ses sessions ouvertes sont fermées.</translation>
    </message>
    <message>
        <source>Second factor enrolled for %1.</source>
        <translation>Second facteur enregistré pour %1.</translation>
    </message>
    <message>
        <source>Cannot reach the engine right now; nothing was changed. %1</source>
        <translation>Impossible de joindre le moteur pour l’instant ; rien n’a été modifié. %1</translation>
    </message>
    <message>
        <source>Only corporate administrators manage users: %1</source>
        <translation>Seule l’administration centrale gère les utilisateurs : %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::WalkInDialog</name>
    <message>
        <source>New walk-in lead</source>
        <translation>Nouveau prospect au comptoir</translation>
    </message>
    <message>
        <source>Someone came in to ask about %1. Take their details so the team can follow up.</source>
        <translation>Quelqu’un est venu se renseigner sur %1. Notez ses coordonnées pour que l’équipe le recontacte.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>+1 512 555 0123</source>
        <translation>+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Personal training</source>
        <translation>Coaching personnel</translation>
    </message>
    <message>
        <source>Group classes</source>
        <translation>Cours collectifs</translation>
    </message>
    <message>
        <source>Day pass</source>
        <translation>Entrée à la journée</translation>
    </message>
    <message>
        <source>Kids&apos; programs</source>
        <translation>Activités enfants</translation>
    </message>
    <message>
        <source>What did they come for?</source>
        <translation>Qu’est-ce qui l’amène ?</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional: anything the team should know</source>
        <translation>Facultatif : ce que l’équipe doit savoir</translation>
    </message>
    <message>
        <source>Consent — read this to the person and tick only what they agree to:</source>
        <translation>Consentement : lisez ce texte à la personne et ne cochez que ce qu’elle accepte :</translation>
    </message>
    <message>
        <source>Agrees to text messages (SMS)</source>
        <translation>Accepte les SMS</translation>
    </message>
    <message>
        <source>&quot;I agree to receive text messages from %1 about my visit, offers and membership. Message and data rates may apply. Reply STOP to opt out at any time.&quot;</source>
        <translation>« J’accepte de recevoir des SMS de %1 sur ma visite, les offres et mon abonnement. Des frais de messagerie et de données peuvent s’appliquer. Répondez STOP pour vous désinscrire à tout moment. »</translation>
    </message>
    <message>
        <source>Agrees to emails</source>
        <translation>Accepte les e-mails</translation>
    </message>
    <message>
        <source>&quot;I agree to receive emails from %1 about my visit, offers and membership. I can unsubscribe at any time.&quot;</source>
        <translation>« J’accepte de recevoir des e-mails de %1 sur ma visite, les offres et mon abonnement. Je peux me désinscrire à tout moment. »</translation>
    </message>
    <message>
        <source>Save lead</source>
        <translation>Enregistrer le prospect</translation>
    </message>
</context>
</TS>
