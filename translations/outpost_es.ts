<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>main</name>
    <message>
        <source>Outpost: the operations console for multi-location service businesses.</source>
        <translation>Outpost: la consola de operaciones para negocios de servicios con varias sedes.</translation>
    </message>
    <message>
        <source>Use the embedded engine with demo data, without asking.</source>
        <translation>Usar el motor integrado con datos de demostración, sin preguntar.</translation>
    </message>
    <message>
        <source>Connect to the Outpost server at &lt;host:port&gt;.</source>
        <translation>Conectarse al servidor Outpost en &lt;host:port&gt;.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <source>Keep the embedded engine&apos;s data in &lt;file&gt;.</source>
        <translation>Guardar los datos del motor integrado en &lt;file&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Once the reviews are shown, save the window to &lt;file&gt; and quit. The passphrase may come from OUTPOST_PASSPHRASE.</source>
        <translation>Cuando se muestren las reseñas, guardar la ventana en &lt;file&gt; y salir. La frase de contraseña puede venir de OUTPOST_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Render every screen from demo data into &lt;folder&gt; and quit.</source>
        <translation>Dibujar todas las pantallas con datos de demostración en &lt;folder&gt; y salir.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Colours: system, light or dark.</source>
        <translation>Colores: system (del sistema), light (claro) o dark (oscuro).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>--color-scheme takes system, light or dark.</source>
        <translation>--color-scheme admite system, light o dark.</translation>
    </message>
    <message>
        <source>Use either --demo or --server.</source>
        <translation>Use --demo o --server, no ambos.</translation>
    </message>
    <message>
        <source>--server expects host:port, e.g. 192.0.2.10:8443.</source>
        <translation>--server espera host:puerto, p. ej. 192.0.2.10:8443.</translation>
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
        <translation>Encuesta en la app</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message numerus="yes">
        <source>%n of 5 stars</source>
        <translation>
            <numerusform>%n de 5 estrellas</numerusform>
            <numerusform>%n de 5 estrellas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>long date, time, time zone abbreviation</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>en el futuro</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::ui::EmbeddedEngineHost</name>
    <message>
        <source>Creating the encrypted store and the demo data…</source>
        <translation>Creando el almacén cifrado y los datos de demostración…</translation>
    </message>
    <message>
        <source>Opening the encrypted store…</source>
        <translation>Abriendo el almacén cifrado…</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Iniciando el motor…</translation>
    </message>
</context>
<context>
    <name>outpost::ui::EngineBridge</name>
    <message>
        <source>Embedded engine</source>
        <translation>Motor integrado</translation>
    </message>
    <message>
        <source>Server %1:%2</source>
        <translation>Servidor %1:%2</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
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
        <translation>Motor integrado con datos de demostración</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Conectarse a un servidor</translation>
    </message>
    <message>
        <source>Welcome to Outpost</source>
        <translation>Bienvenido a Outpost</translation>
    </message>
    <message>
        <source>Choose where your data lives. Outpost remembers your choice for the next start.</source>
        <translation>Elija dónde se guardan sus datos. Outpost recordará su elección para la próxima vez.</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Host name or IP address</source>
        <translation>Nombre de host o dirección IP</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>Runs the Outpost engine on this computer with an encrypted local store, filled with a demo brand of 12 locations. Best for trying Outpost or for a single site.</source>
        <translation>Ejecuta el motor de Outpost en este equipo con un almacén local cifrado, con una marca de demostración de 12 sedes. Ideal para probar Outpost o para una sola sede.</translation>
    </message>
    <message>
        <source>Works with your company&apos;s Outpost server, so everyone sees the same reviews.</source>
        <translation>Trabaja con el servidor Outpost de su empresa, para que todos vean las mismas reseñas.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>Introduzca el nombre de host o la dirección IP del servidor.</translation>
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
        <translation>Nota</translation>
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
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>F1: keyboard shortcuts</source>
        <translation>F1: atajos de teclado</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Reviews in the store</source>
        <translation>Reseñas en el almacén</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Última sincronización %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) in the store</source>
        <translation>
            <numerusform>%Ln reseña en el almacén</numerusform>
            <numerusform>%Ln reseñas en el almacén</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewDetailPane</name>
    <message>
        <source>Review details</source>
        <translation>Detalle de la reseña</translation>
    </message>
    <message>
        <source>Select a review to read it in full.</source>
        <translation>Seleccione una reseña para leerla completa.</translation>
    </message>
    <message>
        <source>Use j and k to move through the list.</source>
        <translation>Use j y k para recorrer la lista.</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativa</translation>
    </message>
    <message>
        <source>Negative review</source>
        <translation>Reseña negativa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Review text</source>
        <translation>Texto de la reseña</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>location · region</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Posted on %1</source>
        <translation>Publicada en %1</translation>
    </message>
    <message>
        <source>(The review has a rating but no text.)</source>
        <translation>(La reseña tiene valoración pero no texto.)</translation>
    </message>
    <message>
        <source>Local time at %1 (%2)</source>
        <translation>Hora local en %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (local time) · %2</source>
        <comment>posted time in the location&apos;s zone · age</comment>
        <translation>%1 (hora local) · %2</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewFilterBar</name>
    <message>
        <source>Location filter</source>
        <translation>Filtro de sede</translation>
    </message>
    <message>
        <source>Rating filter</source>
        <translation>Filtro de valoración</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation>Todas las valoraciones</translation>
    </message>
    <message>
        <source>Negative (1–2 stars)</source>
        <translation>Negativas (1–2 estrellas)</translation>
    </message>
    <message>
        <source>Neutral (3 stars)</source>
        <translation>Neutras (3 estrellas)</translation>
    </message>
    <message>
        <source>Positive (4–5 stars)</source>
        <translation>Positivas (4–5 estrellas)</translation>
    </message>
    <message numerus="yes">
        <source>Only %n star(s)</source>
        <translation>
            <numerusform>Solo %n estrella</numerusform>
            <numerusform>Solo %n estrellas</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>Filtro de plataforma</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Valoración</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>%1 — all locations</source>
        <translation>%1 — todas las sedes</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewTableModel</name>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Reseña</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>local time at location</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>In your time zone. The review shows the local time at its location.</source>
        <translation>En su zona horaria. La reseña muestra la hora local de su sede.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewsPresenter</name>
    <message>
        <source>Cannot reach the engine right now. Outpost keeps trying; press F5 to try at once.</source>
        <translation>No se puede contactar con el motor ahora mismo. Outpost lo sigue intentando; pulse F5 para reintentar ya.</translation>
    </message>
    <message>
        <source>The engine did not accept the request: %1</source>
        <translation>El motor no aceptó la solicitud: %1</translation>
    </message>
    <message>
        <source>You may not see these reviews: %1</source>
        <translation>No tiene permiso para ver estas reseñas: %1</translation>
    </message>
    <message>
        <source>The engine could not load the reviews: %1</source>
        <translation>El motor no pudo cargar las reseñas: %1</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewsView</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reseñas</translation>
    </message>
    <message>
        <source>Reviews list</source>
        <translation>Lista de reseñas</translation>
    </message>
    <message>
        <source>No reviews match these filters.
Choose other filters or clear them.</source>
        <translation>Ninguna reseña coincide con estos filtros.
Elija otros filtros o quítelos.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Mostrando %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln reseña</numerusform>
            <numerusform>%Ln reseñas</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load the reviews again (F5)</source>
        <translation>Volver a cargar las reseñas (F5)</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Reseña siguiente</translation>
    </message>
    <message>
        <source>Previous review</source>
        <translation>Reseña anterior</translation>
    </message>
    <message>
        <source>Go to the filters</source>
        <translation>Ir a los filtros</translation>
    </message>
    <message>
        <source>Refresh from the engine</source>
        <translation>Actualizar desde el motor</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Mostrar esta lista</translation>
    </message>
    <message>
        <source>Quit Outpost</source>
        <translation>Salir de Outpost</translation>
    </message>
</context>
<context>
    <name>outpost::ui::StarRatingWidget</name>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UnlockDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Protect your Outpost data</source>
        <translation>Proteja sus datos de Outpost</translation>
    </message>
    <message>
        <source>Unlock Outpost</source>
        <translation>Desbloquear Outpost</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>Introduzca su frase de contraseña</translation>
    </message>
    <message>
        <source>Outpost keeps its data on this computer in an encrypted store. Choose a passphrase of at least %1 characters; you will enter it each time Outpost starts. Nobody can recover it for you, so keep it safe.</source>
        <translation>Outpost guarda sus datos en este equipo en un almacén cifrado. Elija una frase de contraseña de al menos %1 caracteres; la introducirá cada vez que se inicie Outpost. Nadie puede recuperarla por usted, así que guárdela bien.</translation>
    </message>
    <message>
        <source>Your Outpost data on this computer is encrypted. Enter the passphrase to open it.</source>
        <translation>Sus datos de Outpost en este equipo están cifrados. Introduzca la frase de contraseña para abrirlos.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation>Abriendo el almacén</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Crear almacén</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Introduzca la frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Las dos frases no coinciden. Escriba la misma frase dos veces.</translation>
    </message>
    <message>
        <source>Wrong passphrase or not an Outpost database. Check the passphrase and try again.</source>
        <translation>Frase de contraseña incorrecta o no es una base de datos de Outpost. Compruebe la frase e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UnlockFlow</name>
    <message>
        <source>Opening the encrypted store…</source>
        <translation>Abriendo el almacén cifrado…</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Outpost. Install the newer version to open it.</source>
        <translation>Estos datos los escribió una versión más reciente de Outpost. Instale esa versión para abrirlos.</translation>
    </message>
    <message>
        <source>Outpost could not open its data: %1</source>
        <translation>Outpost no pudo abrir sus datos: %1</translation>
    </message>
</context>
</TS>
