<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DeskText</name>
    <message numerus="yes">
        <source>%n min ago, at %1</source>
        <translation>
            <numerusform>hace %n min, a las %1</numerusform>
            <numerusform>hace %n min, a las %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCardPane</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
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
    <message>
        <source>Lock the window after &lt;minutes&gt; without input (default: the setting, 15).</source>
        <translation>Bloquear la ventana tras &lt;minutos&gt; sin actividad (por defecto: el ajuste, 15).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>--lock-after takes a number of minutes (1 to 1440).</source>
        <translation>--lock-after admite un número de minutos (de 1 a 1440).</translation>
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
        <translation>Administración corporativa</translation>
    </message>
    <message>
        <source>Corporate operations</source>
        <translation>Operaciones corporativas</translation>
    </message>
    <message>
        <source>Regional manager</source>
        <translation>Gerente regional</translation>
    </message>
    <message>
        <source>Location manager</source>
        <translation>Gerente de sede</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>No region assigned</source>
        <translation>Sin región asignada</translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>Regiones: %1</translation>
    </message>
    <message>
        <source>No location assigned</source>
        <translation>Sin sede asignada</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AlertBanner</name>
    <message>
        <source>Review alerts</source>
        <translation>Alertas de reseñas</translation>
    </message>
    <message>
        <source>raised %1 (%2)</source>
        <comment>alert raised at local time (age)</comment>
        <translation>generada %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>alert title: details</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Marcar como vista</translation>
    </message>
    <message>
        <source>Acknowledge: %1</source>
        <translation>Marcar como vista: %1</translation>
    </message>
    <message>
        <source>You have seen the alert and take it from here; it leaves this list for everyone</source>
        <translation>Ha visto la alerta y se encarga de ella; desaparece de esta lista para todos</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AlertsPresenter</name>
    <message>
        <source>Complaint spike at %1</source>
        <translation>Pico de quejas en %1</translation>
    </message>
    <message>
        <source>%1 complaints in %2 minutes (usually %3)</source>
        <translation>%1 quejas en %2 minutos (lo habitual: %3)</translation>
    </message>
    <message>
        <source>Suspected fake-review burst at %1</source>
        <translation>Posible ráfaga de reseñas falsas en %1</translation>
    </message>
    <message>
        <source>%1 reviews from new accounts in %2 minutes</source>
        <translation>%1 reseñas de cuentas nuevas en %2 minutos</translation>
    </message>
    <message>
        <source>Alerts could not be read: %1</source>
        <translation>No se pudieron leer las alertas: %1</translation>
    </message>
    <message>
        <source>The alert was not acknowledged: %1</source>
        <translation>La alerta no se marcó como vista: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AppController</name>
    <message>
        <source>Cannot reach the server</source>
        <translation>No se puede contactar con el servidor</translation>
    </message>
    <message>
        <source>Outpost cannot reach the server at %1:%2. Check the address and the network connection.

%3</source>
        <translation>Outpost no puede contactar con el servidor en %1:%2. Revise la dirección y la conexión de red.

%3</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again to continue where you left off.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión para seguir donde lo dejó.</translation>
    </message>
    <message>
        <source>Embedded engine on this computer</source>
        <translation>Motor integrado en este equipo</translation>
    </message>
    <message>
        <source>Server %1:%2</source>
        <translation>Servidor %1:%2</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>no replica was prepared</source>
        <translation>no se preparó ninguna copia</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>No se pueden abrir sus datos</translation>
    </message>
    <message>
        <source>Outpost cannot open this computer&apos;s copy of your data: %1</source>
        <translation>Outpost no puede abrir la copia de sus datos en este equipo: %1</translation>
    </message>
    <message>
        <source>A new copy of your data</source>
        <translation>Una nueva copia de sus datos</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of your data could not be opened with your password; it was probably changed on the engine. Outpost started a new copy and loads your locations again.

Changes that had not synced from the old copy were kept in %1.</source>
        <translation>La copia de sus datos en este equipo no se pudo abrir con su contraseña; probablemente se cambió en el motor. Outpost empezó una copia nueva y vuelve a cargar sus sedes.

Los cambios de la copia anterior que no se habían sincronizado se conservaron en %1.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ApprovalRequestDialog</name>
    <message>
        <source>Request approval</source>
        <translation>Solicitar aprobación</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>What happened, for the approver</source>
        <translation>Qué pasó, para quien aprueba</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>You may grant up to %1 yourself; more waits for an approver.</source>
        <translation>Puede conceder hasta %1 usted mismo; más espera a quien aprueba.</translation>
    </message>
    <message>
        <source>Your role has no approval limit.</source>
        <translation>Su rol no tiene límite de aprobación.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitar</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AtRiskListView</name>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Score again</source>
        <translation>Volver a puntuar</translation>
    </message>
    <message>
        <source>Recomputes the at-risk scores of this location&apos;s members now</source>
        <translation>Recalcula ahora las puntuaciones de riesgo de los socios de esta sede</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Valor esperado</translation>
    </message>
    <message>
        <source>Top reasons</source>
        <translation>Motivos principales</translation>
    </message>
    <message>
        <source>Members at risk</source>
        <translation>Socios en riesgo</translation>
    </message>
    <message>
        <source>Note for the task (optional)</source>
        <translation>Nota para la tarea (opcional)</translation>
    </message>
    <message>
        <source>Outreach note</source>
        <translation>Nota del contacto</translation>
    </message>
    <message>
        <source>Start outreach</source>
        <translation>Iniciar contacto</translation>
    </message>
    <message>
        <source>Creates a call task for this member and counts it against the weekly quota</source>
        <translation>Crea una tarea de llamada para este socio y la descuenta de la cuota semanal</translation>
    </message>
    <message>
        <source>Members are ranked by the expected value of an outreach: the chance it keeps them (5% at low risk, 30% at medium, 20% at high, where many are already leaving) times their lifetime value, less the cost of the outreach. Starting one opens a call task for the location and uses one of the week&apos;s outreach slots.</source>
        <translation>Los socios se ordenan por el valor esperado de un contacto: la probabilidad de retenerlos (5 % con riesgo bajo, 30 % con riesgo medio, 20 % con riesgo alto, pues muchos ya se están yendo) por su valor de vida, menos el coste del contacto. Iniciar uno crea una tarea de llamada para la sede y consume uno de los contactos de la semana.</translation>
    </message>
    <message>
        <source>Weekly outreach quota: %1 · used %2 · %3 left</source>
        <translation>Cuota semanal de contactos: %1 · usados %2 · quedan %3</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (desactualizada)</translation>
    </message>
    <message>
        <source>No scored members at this location.</source>
        <translation>No hay socios puntuados en esta sede.</translation>
    </message>
    <message>
        <source>This week&apos;s outreach quota is used up</source>
        <translation>La cuota de contactos de esta semana está agotada</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AtRiskPanel</name>
    <message>
        <source>At-risk score</source>
        <translation>Puntuación de riesgo de baja</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Desactualizada</translation>
    </message>
    <message>
        <source>Computed more than 48 hours ago</source>
        <translation>Calculada hace más de 48 horas</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Aún sin puntuar</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Computed %1 (%2)</source>
        <translation>Calculada el %1 (%2)</translation>
    </message>
    <message>
        <source>Expected value of outreach: %1</source>
        <translation>Valor esperado del contacto: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AuditPage</name>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verificar la cadena</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Cargar anteriores</translation>
    </message>
    <message>
        <source>Actor filter</source>
        <translation>Filtro de autor</translation>
    </message>
    <message>
        <source>Any username</source>
        <translation>Cualquier usuario</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtro de acción</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>Actions that start with this text, e.g. &quot;user.&quot; for every change to a user.</source>
        <translation>Acciones que empiezan por este texto; por ejemplo, &quot;user.&quot; para cualquier cambio en un usuario.</translation>
    </message>
    <message>
        <source>Location filter</source>
        <translation>Filtro de sede</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>Acc&amp;ión</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Recompute the hash chain of the whole log and report the first broken entry.</source>
        <translation>Recalcula la cadena de hashes de todo el registro e indica la primera entrada rota.</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>location (region)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Load the %1 entries before the oldest one shown.</source>
        <translation>Carga las %1 entradas anteriores a la más antigua mostrada.</translation>
    </message>
    <message>
        <source>Every matching entry is shown.</source>
        <translation>Se muestran todas las entradas que coinciden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>Newest %n matching entries; older ones are loaded on request.</source>
        <translation>
            <numerusform>La entrada más reciente que coincide; las anteriores se cargan a petición.</numerusform>
            <numerusform>Las %n entradas más recientes que coinciden; las anteriores se cargan a petición.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n entrada coincidente</numerusform>
            <numerusform>%n entradas coincidentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::ui::AuditPresenter</name>
    <message>
        <source>The start date is after the end date: choose dates in order.</source>
        <translation>La fecha inicial es posterior a la final: elija las fechas en orden.</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Comprobando la cadena…</translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation>No se pudo comprobar la cadena: %1</translation>
    </message>
    <message>
        <source>Intact: %1 entries checked</source>
        <translation>Intacta: %1 entradas comprobadas</translation>
    </message>
    <message>
        <source>Broken at entry %1: %2 (%3 entries checked). Entries from there on may have been altered.</source>
        <translation>Rota en la entrada %1: %2 (%3 entradas comprobadas). Las entradas a partir de ahí pueden haber sido alteradas.</translation>
    </message>
    <message>
        <source>Cannot reach the engine right now. Press F5 to try again.</source>
        <translation>No se puede contactar con el motor ahora. Pulse F5 para reintentar.</translation>
    </message>
    <message>
        <source>Only corporate administrators read the audit log: %1</source>
        <translation>Solo la administración corporativa puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>The engine could not load the audit log: %1</source>
        <translation>El motor no pudo cargar el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AuditTableModel</name>
    <message>
        <source>Done offline at %1 on the desk; reached the engine at %2. Entry %3.</source>
        <translation>Hecho sin conexión a las %1 en el puesto; llegó al motor a las %2. Entrada %3.</translation>
    </message>
    <message>
        <source>Entry %1, %2 UTC</source>
        <translation>Entrada %1, %2 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>In your time zone.</source>
        <translation>En su zona horaria.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ConsentDialog</name>
    <message>
        <source>text messages (SMS)</source>
        <translation>mensajes de texto (SMS)</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>correos electrónicos</translation>
    </message>
    <message>
        <source>phone calls</source>
        <translation>llamadas telefónicas</translation>
    </message>
    <message>
        <source>app notifications</source>
        <translation>notificaciones de la aplicación</translation>
    </message>
    <message>
        <source>letters by post</source>
        <translation>cartas por correo postal</translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation>Registrar consentimiento: %1</translation>
    </message>
    <message>
        <source>Record withdrawal: %1</source>
        <translation>Registrar retirada: %1</translation>
    </message>
    <message>
        <source>Read this to %1 and record it only if they agree:</source>
        <translation>Léale esto a %1 y regístrelo solo si está de acuerdo:</translation>
    </message>
    <message>
        <source>%1 no longer wants %2 from %3.</source>
        <translation>%1 ya no quiere recibir %2 de %3.</translation>
    </message>
    <message>
        <source>&quot;I agree to receive %1 from %2 about my visits, offers and membership. I can withdraw this at any time.&quot;</source>
        <translation>&quot;Acepto recibir %1 de %2 sobre mis visitas, ofertas y membresía. Puedo retirar este consentimiento en cualquier momento.&quot;</translation>
    </message>
    <message>
        <source>From now on nothing is sent to them on this channel. The ledger keeps the earlier entries and this one, with the time.</source>
        <translation>A partir de ahora no se le envía nada por este canal. El registro conserva las entradas anteriores y esta, con la hora.</translation>
    </message>
    <message>
        <source>They agree: record consent</source>
        <translation>Está de acuerdo: registrar consentimiento</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Registrar retirada</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ConsentWords</name>
    <message>
        <source>en</source>
        <comment>language code of the consent words</comment>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ContactEditor</name>
    <message>
        <source>Edit contact details</source>
        <translation>Editar datos de contacto</translation>
    </message>
    <message>
        <source>International number, e.g. +15125550123</source>
        <translation>Número internacional, p. ej. +15125550123</translation>
    </message>
</context>
<context>
    <name>outpost::ui::CustomerOpsPresenter</name>
    <message>
        <source>Merged (merge %1). It can be undone from the list of merges.</source>
        <translation>Fusionados (fusión %1). Se puede deshacer desde la lista de fusiones.</translation>
    </message>
    <message>
        <source>Kept apart: the suggestion was rejected.</source>
        <translation>Se mantienen separados: la sugerencia fue rechazada.</translation>
    </message>
    <message>
        <source>Merge %1 undone: both customers are back as they were.</source>
        <translation>Fusión %1 deshecha: ambos clientes vuelven a estar como antes.</translation>
    </message>
    <message>
        <source>Members scored again: %1.</source>
        <translation>Socios puntuados de nuevo: %1.</translation>
    </message>
    <message>
        <source>Outreach started: a task was created. Outreach left this week: %1.</source>
        <translation>Contacto iniciado: se creó una tarea. Contactos restantes esta semana: %1.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::CustomerText</name>
    <message>
        <source>External id</source>
        <translation>Id externo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation>Consentimiento SMS</translation>
    </message>
    <message>
        <source>Email consent</source>
        <translation>Consentimiento de correo</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor de vida del cliente</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>Last ticket</source>
        <translation>Último ticket</translation>
    </message>
    <message>
        <source>Home location</source>
        <translation>Sede principal</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Id de socio</translation>
    </message>
    <message>
        <source>Access card</source>
        <translation>Tarjeta de acceso</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Consent ledger</source>
        <translation>Registro de consentimientos</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Event (%1)</source>
        <translation>Evento (%1)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Notificaciones push</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Riesgo alto</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Riesgo medio</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Riesgo bajo</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>Recencia</translation>
    </message>
    <message>
        <source>Visit frequency</source>
        <translation>Frecuencia de visitas</translation>
    </message>
    <message>
        <source>Payment friction</source>
        <translation>Problemas de pago</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Support and sentiment</source>
        <translation>Soporte y opinión</translation>
    </message>
    <message>
        <source>No visit on record</source>
        <translation>Ninguna visita registrada</translation>
    </message>
    <message>
        <source>Last visit %1 days ago</source>
        <translation>Última visita hace %1 días</translation>
    </message>
    <message>
        <source>Visits down %1%</source>
        <translation>Visitas %1% menos</translation>
    </message>
    <message>
        <source>Failed payments in 90 days: %1</source>
        <translation>Pagos fallidos en 90 días: %1</translation>
    </message>
    <message>
        <source>Latest payment failed</source>
        <translation>Falló el último pago</translation>
    </message>
    <message>
        <source>Engagement down %1%</source>
        <translation>Interacción %1% menor</translation>
    </message>
    <message>
        <source>Support tickets in 90 days: %1</source>
        <translation>Tickets de soporte en 90 días: %1</translation>
    </message>
    <message>
        <source>Low NPS or a 1-2 star review</source>
        <translation>NPS bajo o una reseña de 1-2 estrellas</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Reseña</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Visit logged</source>
        <translation>Visita registrada</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registró su entrada</translation>
    </message>
    <message>
        <source>Class attended</source>
        <translation>Asistió a clase</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Cita reservada</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Reserva cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Pago fallido</translation>
    </message>
    <message>
        <source>Payment succeeded</source>
        <translation>Pago realizado</translation>
    </message>
    <message>
        <source>Refund initiated</source>
        <translation>Reembolso iniciado</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>Mensaje recibido</translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation>Ticket creado</translation>
    </message>
    <message>
        <source>NPS submitted</source>
        <translation>NPS enviado</translation>
    </message>
    <message>
        <source>Review posted</source>
        <translation>Reseña publicada</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Prospecto creado</translation>
    </message>
    <message>
        <source>App opened</source>
        <translation>Abrió la app</translation>
    </message>
    <message>
        <source>Trial started</source>
        <translation>Prueba iniciada</translation>
    </message>
    <message>
        <source>Membership changed</source>
        <translation>Membresía modificada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Congelada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Same name and birthday</source>
        <translation>Mismo nombre y cumpleaños</translation>
    </message>
    <message>
        <source>Similar email</source>
        <translation>Correo parecido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
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
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Merge queue</source>
        <translation>Cola de fusiones</translation>
    </message>
    <message>
        <source>At-risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Saved on this desk; it reaches the engine with the next sync.</source>
        <translation>Guardado en este puesto; llegará al servidor con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Name, phone, email, member or external id</source>
        <translation>Nombre, teléfono, correo, id de socio o externo</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <source>↓ moves to the list · Enter opens the first match</source>
        <translation>↓ lleva a la lista · Intro abre el primer resultado</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DeskText</name>
    <message>
        <source>Payment failed</source>
        <translation>Pago fallido</translation>
    </message>
    <message>
        <source>High at-risk</source>
        <translation>Riesgo alto de baja</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Queja abierta</translation>
    </message>
    <message>
        <source>Open task</source>
        <translation>Tarea abierta</translation>
    </message>
    <message>
        <source>No SMS or email consent</source>
        <translation>Sin consentimiento para SMS ni correo</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Cumpleaños hoy</translation>
    </message>
    <message>
        <source>high</source>
        <comment>at-risk band</comment>
        <translation>alto</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>at-risk band</comment>
        <translation>medio</translation>
    </message>
    <message>
        <source>low</source>
        <comment>at-risk band</comment>
        <translation>bajo</translation>
    </message>
    <message>
        <source>Active member</source>
        <translation>Socio activo</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Congelado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interesado</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Hoy %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Ayer %1</translation>
    </message>
    <message>
        <source>This account has no location to work at. Ask your manager to add one.</source>
        <translation>Esta cuenta no tiene ningún centro asignado. Pide a tu responsable que añada uno.</translation>
    </message>
    <message>
        <source>just now, at %1</source>
        <translation>hace un momento, a las %1</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Escribe el nombre.</translation>
    </message>
    <message>
        <source>Say what they came for.</source>
        <translation>Indica qué le interesa.</translation>
    </message>
    <message>
        <source>Enter the phone with its country code, such as +1 512 555 0123.</source>
        <translation>Escribe el teléfono con el prefijo del país, por ejemplo +1 512 555 0123.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Esto no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The consent text is missing.</source>
        <translation>Falta el texto del consentimiento.</translation>
    </message>
    <message>
        <source>Enter a phone number or an email, so that the club can follow up.</source>
        <translation>Escribe un teléfono o un correo electrónico para que el club pueda contactarle.</translation>
    </message>
    <message>
        <source>The lead was not saved: %1</source>
        <translation>El contacto no se ha guardado: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DeskView</name>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>New walk-in lead  (F3)</source>
        <translation>Nuevo contacto presencial  (F3)</translation>
    </message>
    <message>
        <source>Scan a card or search members</source>
        <translation>Escanea una tarjeta o busca socios</translation>
    </message>
    <message>
        <source>Scan a card, or type a name, phone, email or member id</source>
        <translation>Escanea una tarjeta o escribe un nombre, teléfono, correo o número de socio</translation>
    </message>
    <message>
        <source>Matching members</source>
        <translation>Socios que coinciden</translation>
    </message>
    <message>
        <source>Today at this location</source>
        <translation>Hoy en este centro</translation>
    </message>
    <message>
        <source>No member has the card, id or name “%1”. Check the card, or take them as a walk-in lead.</source>
        <translation>Ningún socio tiene la tarjeta, el número o el nombre «%1». Revisa la tarjeta o regístralo como contacto presencial.</translation>
    </message>
    <message>
        <source>New walk-in lead</source>
        <translation>Nuevo contacto presencial</translation>
    </message>
    <message>
        <source>%1 already checked in %2. Press F2 again to check them in once more.</source>
        <translation>%1 ya registró su entrada %2. Pulsa F2 otra vez para registrarla de nuevo.</translation>
    </message>
    <message>
        <source>Walk-in lead saved for %1; the team will follow up.</source>
        <translation>Contacto presencial guardado para %1; el equipo le hará seguimiento.</translation>
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
    <message>
        <source>Use &amp;TLS (encrypted connection)</source>
        <translation>Usar &amp;TLS (conexión cifrada)</translation>
    </message>
    <message>
        <source>Without TLS, Outpost connects only to a server on this computer.</source>
        <translation>Sin TLS, Outpost solo se conecta a un servidor en este equipo.</translation>
    </message>
    <message>
        <source>Without TLS, Outpost connects only to this computer (localhost or 127.0.0.1). Turn TLS on to reach a server on the network.</source>
        <translation>Sin TLS, Outpost solo se conecta a este equipo (localhost o 127.0.0.1). Active TLS para llegar a un servidor de la red.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import reviews</source>
        <translation>Importar reseñas</translation>
    </message>
    <message>
        <source>Import a review export from Google Business Profile, Yelp or Facebook, or a CSV file. Reviews already stored are skipped, so a file can be imported again safely.</source>
        <translation>Importe una exportación de reseñas de Google Business Profile, Yelp o Facebook, o un archivo CSV. Las reseñas ya guardadas se omiten, así que un archivo puede importarse de nuevo sin riesgo.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Choose an export file…</source>
        <translation>Elija un archivo de exportación…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Export shape</source>
        <translation>Formato de la exportación</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Detectar a partir del archivo</translation>
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
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Rows that were not imported</source>
        <translation>Filas que no se importaron</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Choose a review export</source>
        <translation>Elija una exportación de reseñas</translation>
    </message>
    <message>
        <source>Review exports (*.json *.csv);;All files (*)</source>
        <translation>Exportaciones de reseñas (*.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to import from the console; ask an administrator to run outpost-admin import reviews.</source>
        <translation>%1 es demasiado grande para importarlo desde la consola; pida a un administrador que ejecute outpost-admin import reviews.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>The engine did not import the file: %1</source>
        <translation>El motor no importó el archivo: %1</translation>
    </message>
    <message>
        <source>Imported: %1 · Duplicates skipped: %2 · Bad rows: %3</source>
        <translation>Importadas: %1 · Duplicados omitidos: %2 · Filas erróneas: %3</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Leído como: %1</translation>
    </message>
    <message>
        <source>Duplicates found by their text: %1</source>
        <translation>Duplicados detectados por su texto: %1</translation>
    </message>
    <message>
        <source>Tasks opened: %1 · Alerts raised: %2</source>
        <translation>Tareas abiertas: %1 · Alertas generadas: %2</translation>
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
    <name>outpost::ui::LockView</name>
    <message>
        <source>Outpost is locked</source>
        <translation>Outpost está bloqueado</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>End the session; someone else can log in.</source>
        <translation>Cierra la sesión; otra persona podrá iniciar la suya.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Enter your password to continue; it is checked on this computer, so it works without a network.</source>
        <translation>Sesión iniciada como %1 (%2). Introduzca su contraseña para continuar; se comprueba en este equipo, así que funciona sin red.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Contraseña incorrecta. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::LoginDialog</name>
    <message>
        <source>One-time &amp;code</source>
        <translation>&amp;Código de un solo uso</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app.</source>
        <translation>El código de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>&amp;Demo accounts</source>
        <translation>Cuentas de &amp;demostración</translation>
    </message>
    <message>
        <source>Log in to Outpost</source>
        <translation>Iniciar sesión en Outpost</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Ocultar la contraseña</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Cuentas de demostración</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Choose a demo account…</source>
        <translation>Elija una cuenta de demostración…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person and role (username)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The demo data&apos;s accounts, one per role. They exist only in the demo.</source>
        <translation>Las cuentas de los datos de demostración, una por rol. Solo existen en la demostración.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Introduzca su usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Introduzca el código de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>That code is wrong or has expired. Enter the current code from your authenticator app.</source>
        <translation>Ese código es incorrecto o ha caducado. Introduzca el código actual de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Your password is right. This account also needs a one-time code: enter the 6-digit code from your authenticator app.</source>
        <translation>La contraseña es correcta. Esta cuenta también necesita un código de un solo uso: introduzca el código de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Wrong username or password. Check both and try again.</source>
        <translation>Usuario o contraseña incorrectos. Revise ambos e inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: this account is locked. Try again in %n minute(s), or ask an administrator to reset your password.</source>
        <translation>
            <numerusform>Demasiados intentos fallidos: esta cuenta está bloqueada. Inténtelo de nuevo dentro de %n minuto o pida a un administrador que restablezca su contraseña.</numerusform>
            <numerusform>Demasiados intentos fallidos: esta cuenta está bloqueada. Inténtelo de nuevo dentro de %n minutos o pida a un administrador que restablezca su contraseña.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked. Try again later, or ask an administrator to reset your password.</source>
        <translation>Demasiados intentos fallidos: esta cuenta está bloqueada. Inténtelo más tarde o pida a un administrador que restablezca su contraseña.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>Esta cuenta está desactivada. Pida a un administrador que la active.</translation>
    </message>
    <message>
        <source>Cannot reach the engine. Check the network connection and try again.</source>
        <translation>No se puede contactar con el motor. Revise la conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one this computer trusts. Do not log in; ask your administrator.</source>
        <translation>El certificado del servidor no es el que este equipo considera de confianza. No inicie sesión; consulte a su administrador.</translation>
    </message>
    <message>
        <source>The engine refused the login: %1</source>
        <translation>El motor rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of your data cannot be opened: %1</source>
        <translation>No se puede abrir la copia de sus datos en este equipo: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of your data was written by a newer version of Outpost. Update Outpost to log in here.</source>
        <translation>La copia de sus datos en este equipo la escribió una versión más reciente de Outpost. Actualice Outpost para iniciar sesión aquí.</translation>
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
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>End your session on this computer</source>
        <translation>Cerrar su sesión en este equipo</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) in your locations</source>
        <translation>
            <numerusform>%Ln reseña en sus sedes</numerusform>
            <numerusform>%Ln reseñas en sus sedes</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading your locations</source>
        <translation>Cargando sus sedes</translation>
    </message>
    <message>
        <source>Changes made on this computer that the engine has not confirmed yet. Click for the Sync issues panel.</source>
        <translation>Cambios hechos en este equipo que el motor aún no ha confirmado. Haga clic para abrir el panel de problemas de sincronización.</translation>
    </message>
    <message>
        <source>Changes the engine refused. Click to retry or discard them.</source>
        <translation>Cambios que el motor rechazó. Haga clic para reintentarlos o descartarlos.</translation>
    </message>
    <message>
        <source>%1 · offline — working from this computer</source>
        <comment>connection place</comment>
        <translation>%1 · sin conexión — trabajando desde este equipo</translation>
    </message>
    <message>
        <source>%1 · online</source>
        <comment>connection place</comment>
        <translation>%1 · en línea</translation>
    </message>
    <message>
        <source>%1 · connecting</source>
        <comment>connection place</comment>
        <translation>%1 · conectando</translation>
    </message>
    <message>
        <source>Task about to breach (%1 left)</source>
        <translation>Tarea a punto de vencer (quedan %1)</translation>
    </message>
</context>
<context>
    <name>outpost::ui::MemberCardPane</name>
    <message>
        <source>Scan a member&apos;s card or type a name, phone or email above.
Their card opens here: press F2 or Enter to check them in.</source>
        <translation>Escanea la tarjeta de un socio o escribe arriba un nombre, teléfono o correo.
Su ficha se abre aquí: pulsa F2 o Intro para registrar su entrada.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>At-risk</source>
        <translation>Riesgo de baja</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Check in   (F2 or Enter)</source>
        <translation>Registrar entrada   (F2 o Intro)</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Socio %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Tarjeta %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>alert · detail</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message>
        <source> · last %1</source>
        <translation> · última %1</translation>
    </message>
    <message>
        <source>%1 of 100 (%2)</source>
        <translation>%1 de 100 (%2)</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Aún sin puntuación</translation>
    </message>
    <message>
        <source>No phone or email</source>
        <translation>Sin teléfono ni correo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>SMS: %1    Email: %2</source>
        <translation>SMS: %1    Correo: %2</translation>
    </message>
    <message>
        <source>✓ Checked in at %1 — saved on this computer, waiting to sync</source>
        <translation>✓ Entrada registrada a las %1 — guardada en este equipo, pendiente de sincronizar</translation>
    </message>
    <message>
        <source>✓ Checked in at %1 — synced</source>
        <translation>✓ Entrada registrada a las %1 — sincronizada</translation>
    </message>
</context>
<context>
    <name>outpost::ui::MergeQueueView</name>
    <message>
        <source>Suggested merges (a person decides; nothing merges on its own):</source>
        <translation>Fusiones sugeridas (decide una persona; nada se fusiona solo):</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Customer A</source>
        <translation>Cliente A</translation>
    </message>
    <message>
        <source>Customer B</source>
        <translation>Cliente B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Merge suggestions</source>
        <translation>Sugerencias de fusión</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>Folded in</source>
        <translation>Absorbido</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Merges done</source>
        <translation>Fusiones realizadas</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Deshacer fusión</translation>
    </message>
    <message>
        <source>Puts both customers back as they were before the merge</source>
        <translation>Devuelve ambos clientes al estado anterior a la fusión</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Customer A (kept)</source>
        <translation>Cliente A (se conserva)</translation>
    </message>
    <message>
        <source>Customer B (folded in)</source>
        <translation>Cliente B (se absorbe)</translation>
    </message>
    <message>
        <source>Side-by-side compare</source>
        <translation>Comparación lado a lado</translation>
    </message>
    <message>
        <source>Reason to keep them apart (needed to reject)</source>
        <translation>Motivo para mantenerlos separados (necesario para rechazar)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Approve merge</source>
        <translation>Aprobar fusión</translation>
    </message>
    <message>
        <source>No merge suggestions are waiting.</source>
        <translation>No hay sugerencias de fusión pendientes.</translation>
    </message>
    <message>
        <source>Pick a suggestion to compare the two profiles.</source>
        <translation>Elija una sugerencia para comparar los dos perfiles.</translation>
    </message>
    <message>
        <source>Customer %1 and customer %2 — %3% alike. Approving keeps A and folds B into it; it can be undone.</source>
        <translation>Cliente %1 y cliente %2: %3% de parecido. Al aprobar se conserva A y se le incorpora B; se puede deshacer.</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Merges done — false-merge rate (unmerges / merges): %1%</source>
        <translation>Fusiones realizadas: tasa de fusiones erróneas (deshechas / fusiones): %1%</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Deshecha el %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::MfaSecretPanel</name>
    <message>
        <source>New second factor</source>
        <translation>Nuevo segundo factor</translation>
    </message>
    <message>
        <source>Shown once: add it to the authenticator app now, or copy the secret. Outpost does not show it again.</source>
        <translation>Se muestra una sola vez: añádalo ahora a la aplicación de autenticación o copie el secreto. Outpost no lo vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Authenticator link</source>
        <translation>Enlace del autenticador</translation>
    </message>
    <message>
        <source>Authenticator link (otpauth URI)</source>
        <translation>Enlace del autenticador (URI otpauth)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Secret (base32)</source>
        <translation>Secreto (base32)</translation>
    </message>
    <message>
        <source>Done, I have saved it</source>
        <translation>Hecho, ya lo he guardado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Second factor for %1</source>
        <translation>Segundo factor de %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::Profile360View</name>
    <message>
        <source>Search for a customer by name, phone, email or member id, then pick one to see their profile.</source>
        <translation>Busque un cliente por nombre, teléfono, correo o id de socio y elíjalo para ver su perfil.</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Editar contacto…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation>Campos del perfil</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Current consent, from the ledger (the latest entry per channel decides):</source>
        <translation>Consentimiento actual según el registro (decide la entrada más reciente de cada canal):</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Versión del texto</translation>
    </message>
    <message>
        <source>Ledger history:</source>
        <translation>Historial del registro:</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Write a note about this customer…</source>
        <translation>Escriba una nota sobre este cliente…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>%1 · %2 · open tasks: %3 · reviews: %4 · leads: %5</source>
        <translation>%1 · %2 · tareas abiertas: %3 · reseñas: %4 · prospectos: %5</translation>
    </message>
    <message>
        <source>Customer %1 · contract v%2 · came from %3 · last synced from outside: %4</source>
        <translation>Cliente %1 · contrato v%2 · procede de %3 · última sincronización externa: %4</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>Nunca se pidió</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Concesión</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocación</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrar consentimiento…</translation>
    </message>
    <message>
        <source>The person agrees to messages on the selected channel: read them the words first</source>
        <translation>La persona acepta mensajes por el canal seleccionado: léale antes el texto</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>Registrar retirada…</translation>
    </message>
    <message>
        <source>The person no longer wants messages on the selected channel</source>
        <translation>La persona ya no quiere mensajes por el canal seleccionado</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReplyCard</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Private reply</source>
        <translation>Respuesta privada</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Respuesta pública</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>reply kind · author</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reply state: %1</source>
        <translation>Estado de la respuesta: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to sync with the engine</source>
        <translation>Guardado en este equipo; pendiente de sincronizar con el motor</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>time — event</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reply history</source>
        <translation>Historial de la respuesta</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Retry posting</source>
        <translation>Reintentar la publicación</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motivo de la decisión</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>A regional manager or corporate approves replies to high-severity reviews.</source>
        <translation>Un gerente regional o la sede aprueba las respuestas a reseñas de gravedad alta.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReplyComposer</name>
    <message>
        <source>Reply to a review</source>
        <translation>Responder a una reseña</translation>
    </message>
    <message>
        <source>Reply composer</source>
        <translation>Editor de respuestas</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Nueva respuesta</translation>
    </message>
    <message>
        <source>Editing the saved draft</source>
        <translation>Editando el borrador guardado</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Respuesta pública</translation>
    </message>
    <message>
        <source>Posted under the review, for everyone to read</source>
        <translation>Se publica bajo la reseña, a la vista de todos</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Mensaje privado</translation>
    </message>
    <message>
        <source>Sent to the reviewer only</source>
        <translation>Solo lo recibe quien escribió la reseña</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>Idioma de la plantilla</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Write the reply, or start from a template. Tokens such as {first_name} are filled in for this review.</source>
        <translation>Escriba la respuesta o parta de una plantilla. Los marcadores como {first_name} se rellenan para esta reseña.</translation>
    </message>
    <message>
        <source>Tokens: {first_name} {location_name} {manager_name} {review_platform} {rating}</source>
        <translation>Marcadores: {first_name} {location_name} {manager_name} {review_platform} {rating}</translation>
    </message>
    <message>
        <source>Preview — as it will be posted</source>
        <translation>Vista previa — tal como se publicará</translation>
    </message>
    <message>
        <source>Reply preview</source>
        <translation>Vista previa de la respuesta</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Save the draft on this computer; it syncs when the engine is reachable (%1)</source>
        <translation>Guarda el borrador en este equipo; se sincroniza cuando el motor esté disponible (%1)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Replies to this review</source>
        <translation>Respuestas a esta reseña</translation>
    </message>
    <message>
        <source>No replies yet. A saved draft appears here with its state.</source>
        <translation>Aún no hay respuestas. Un borrador guardado aparece aquí con su estado.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>author · stars · location</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(The review has a rating but no text.)</source>
        <translation>(La reseña tiene puntuación pero no texto.)</translation>
    </message>
    <message>
        <source>No template — write freely</source>
        <translation>Sin plantilla — escritura libre</translation>
    </message>
    <message>
        <source>The reply appears here as the reviewer will read it.</source>
        <translation>La respuesta aparece aquí tal como la leerá quien escribió la reseña.</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Enviar para aprobación</translation>
    </message>
    <message>
        <source>Outpost does not know %1: correct the token or remove it.</source>
        <translation>Outpost no conoce %1: corrija el marcador o elimínelo.</translation>
    </message>
    <message>
        <source>This review has no value for %1: write the words yourself.</source>
        <translation>Esta reseña no tiene valor para %1: escriba usted esas palabras.</translation>
    </message>
    <message>
        <source>This is the template word for word. A review of 1 or 2 stars needs a reply a person has written: edit it before submitting.</source>
        <translation>Es la plantilla palabra por palabra. Una reseña de 1 o 2 estrellas necesita una respuesta escrita por una persona: edítela antes de enviarla.</translation>
    </message>
    <message>
        <source>This review is high severity: a regional manager approves the reply before it is posted.</source>
        <translation>Esta reseña es de gravedad alta: un gerente regional aprueba la respuesta antes de publicarla.</translation>
    </message>
    <message>
        <source>This is the template word for word. The engine refuses an unedited template for a review of 1 or 2 stars: edit the reply first.</source>
        <translation>Es la plantilla palabra por palabra. El motor rechaza una plantilla sin editar para una reseña de 1 o 2 estrellas: edite primero la respuesta.</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>Editing the draft of %1</source>
        <translation>Editando el borrador de %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReplyComposerPresenter</name>
    <message>
        <source>Drafted by %1</source>
        <translation>Redactada por %1</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Sent back by %1: %2</source>
        <translation>Devuelta por %1: %2</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Aprobada por %1</translation>
    </message>
    <message>
        <source>Approved by %1: %2</source>
        <translation>Aprobada por %1: %2</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Posting failed: %1</source>
        <translation>La publicación falló: %1</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>No se pudo leer la reseña: %1</translation>
    </message>
    <message>
        <source>Draft saved. It syncs when the engine is reachable.</source>
        <translation>Borrador guardado. Se sincroniza cuando el motor esté disponible.</translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation>El borrador no se guardó: %1</translation>
    </message>
    <message>
        <source>Submitted: the reply waits for a regional manager&apos;s approval.</source>
        <translation>Enviada: la respuesta espera la aprobación de un gerente regional.</translation>
    </message>
    <message>
        <source>Submitted: the reply is approved and will be posted.</source>
        <translation>Enviada: la respuesta está aprobada y se publicará.</translation>
    </message>
    <message>
        <source>The reply was not submitted: %1</source>
        <translation>La respuesta no se envió: %1</translation>
    </message>
    <message>
        <source>Approved: the reply will be posted.</source>
        <translation>Aprobada: la respuesta se publicará.</translation>
    </message>
    <message>
        <source>The reply was not approved: %1</source>
        <translation>La respuesta no se aprobó: %1</translation>
    </message>
    <message>
        <source>Sent back to its writer as a draft.</source>
        <translation>Devuelta a su autor como borrador.</translation>
    </message>
    <message>
        <source>The reply was not rejected: %1</source>
        <translation>La respuesta no se rechazó: %1</translation>
    </message>
    <message>
        <source>Posting will be tried again.</source>
        <translation>Se volverá a intentar la publicación.</translation>
    </message>
    <message>
        <source>The reply cannot be retried: %1</source>
        <translation>No se puede reintentar la respuesta: %1</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Borrador descartado.</translation>
    </message>
    <message>
        <source>The draft was not discarded: %1</source>
        <translation>El borrador no se descartó: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Choose a new password for %1. Their open sessions end, and they sign in again with the new password.</source>
        <translation>Elija una contraseña nueva para %1. Sus sesiones abiertas se cierran y vuelve a iniciar sesión con la contraseña nueva.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewBulkBar</name>
    <message>
        <source>Acknowledge all</source>
        <translation>Acusar recibo de todas</translation>
    </message>
    <message>
        <source>Acknowledge every selected review (c)</source>
        <translation>Acusar recibo de cada reseña seleccionada (c)</translation>
    </message>
    <message>
        <source>Assign all to me</source>
        <translation>Asignármelas todas</translation>
    </message>
    <message>
        <source>Assign every selected review to you (a)</source>
        <translation>Asignarte cada reseña seleccionada (a)</translation>
    </message>
    <message>
        <source>Resolve all</source>
        <translation>Resolver todas</translation>
    </message>
    <message>
        <source>Resolve every selected review (x)</source>
        <translation>Resolver cada reseña seleccionada (x)</translation>
    </message>
    <message>
        <source>Escalate all</source>
        <translation>Escalar todas</translation>
    </message>
    <message>
        <source>Create or escalate a task for every selected review (e)</source>
        <translation>Crear o escalar una tarea para cada reseña seleccionada (e)</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) selected:</source>
        <translation>
            <numerusform>%n reseña seleccionada:</numerusform>
            <numerusform>%n reseñas seleccionadas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n review(s).</source>
        <translation>
            <numerusform>Recibo acusado de %n reseña.</numerusform>
            <numerusform>Recibo acusado de %n reseñas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %1 of %n review(s).</source>
        <translation>
            <numerusform>Recibo acusado de %1 de %n reseña.</numerusform>
            <numerusform>Recibo acusado de %1 de %n reseñas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n review(s) to you.</source>
        <translation>
            <numerusform>Se te asignaron %n reseña.</numerusform>
            <numerusform>Se te asignaron %n reseñas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 of %n review(s) to you.</source>
        <translation>
            <numerusform>Se te asignaron %1 de %n reseña.</numerusform>
            <numerusform>Se te asignaron %1 de %n reseñas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n review(s).</source>
        <translation>
            <numerusform>%n reseña resuelta.</numerusform>
            <numerusform>%n reseñas resueltas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %1 of %n review(s).</source>
        <translation>
            <numerusform>%1 de %n reseña resuelta.</numerusform>
            <numerusform>%1 de %n reseñas resueltas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated %n review(s).</source>
        <translation>
            <numerusform>%n reseña escalada.</numerusform>
            <numerusform>%n reseñas escaladas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated %1 of %n review(s).</source>
        <translation>
            <numerusform>%1 de %n reseña escalada.</numerusform>
            <numerusform>%1 de %n reseñas escaladas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Not changed: %2</source>
        <translation>%1 Sin cambios: %2</translation>
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
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Reply drafts</source>
        <translation>Borradores de respuesta</translation>
    </message>
    <message>
        <source>No reply drafts yet.</source>
        <translation>Todavía no hay borradores de respuesta.</translation>
    </message>
    <message>
        <source>New reply draft</source>
        <translation>Nuevo borrador de respuesta</translation>
    </message>
    <message>
        <source>Reply draft</source>
        <translation>Borrador de respuesta</translation>
    </message>
    <message>
        <source>Write a reply to this review…</source>
        <translation>Escriba una respuesta a esta reseña…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Save the draft (%1)</source>
        <translation>Guardar el borrador (%1)</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Acknowledge (c)</source>
        <translation>Confirmar (c)</translation>
    </message>
    <message>
        <source>Mark the review as seen and being handled</source>
        <translation>Marcar la reseña como vista y en curso</translation>
    </message>
    <message>
        <source>Reopen (x)</source>
        <translation>Reabrir (x)</translation>
    </message>
    <message>
        <source>Resolve (x)</source>
        <translation>Resolver (x)</translation>
    </message>
    <message>
        <source>Open the review again</source>
        <translation>Abrir la reseña de nuevo</translation>
    </message>
    <message>
        <source>Mark the review as dealt with</source>
        <translation>Marcar la reseña como resuelta</translation>
    </message>
    <message>
        <source>Unassign (a)</source>
        <translation>Desasignar (a)</translation>
    </message>
    <message>
        <source>Assign to me (a)</source>
        <translation>Asignarme (a)</translation>
    </message>
    <message>
        <source>Leave the review to someone else</source>
        <translation>Dejar la reseña a otra persona</translation>
    </message>
    <message>
        <source>Take the review: others see that you work on it</source>
        <translation>Tomar la reseña: los demás ven que usted se ocupa de ella</translation>
    </message>
    <message>
        <source>Editing the draft of %1</source>
        <translation>Editando el borrador de %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>draft author · age</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Conflict: written at the same time as another draft</source>
        <translation>Conflicto: escrito a la vez que otro borrador</translation>
    </message>
    <message>
        <source>Written at the same time as another draft of this review; both are kept. Keep the one you want and discard the other.</source>
        <translation>Escrito a la vez que otro borrador de esta reseña; se conservan ambos. Quédese con el que quiera y descarte el otro.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to sync with the engine</source>
        <translation>Guardado en este equipo; pendiente de sincronizar con el motor</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Edit the draft of %1</source>
        <translation>Editar el borrador de %1</translation>
    </message>
    <message>
        <source>Discard the draft of %1</source>
        <translation>Descartar el borrador de %1</translation>
    </message>
    <message>
        <source>%1 · pending</source>
        <comment>review status · waiting to sync</comment>
        <translation>%1 · pendiente</translation>
    </message>
    <message>
        <source>Changed on this computer; waiting to sync with the engine</source>
        <translation>Cambiado en este equipo; pendiente de sincronizar con el motor</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignada a %1</translation>
    </message>
    <message>
        <source>Why this severity</source>
        <translation>Por qué esta gravedad</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Write a reply with a template and a live preview</source>
        <translation>Escribir una respuesta con plantilla y vista previa en directo</translation>
    </message>
    <message>
        <source>Severity %1 — why:</source>
        <translation>Gravedad %1; por qué:</translation>
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
    <message>
        <source>Severity filter</source>
        <translation>Filtro de gravedad</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Cualquier gravedad</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium or high</source>
        <translation>Media o alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Needs reply (open, acknowledged)</source>
        <translation>Por responder (abiertas, con acuse)</translation>
    </message>
    <message>
        <source>SLA filter</source>
        <translation>Filtro de SLA</translation>
    </message>
    <message>
        <source>Any SLA state</source>
        <translation>Cualquier estado de SLA</translation>
    </message>
    <message>
        <source>Warning or breached</source>
        <translation>Aviso o vencido</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En plazo</translation>
    </message>
    <message>
        <source>No SLA running</source>
        <translation>Sin SLA en curso</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravedad</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
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
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Lesión</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discriminación</translation>
    </message>
    <message>
        <source>Legal threat</source>
        <translation>Amenaza legal</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>Datos de salud</translation>
    </message>
    <message>
        <source>Privacy data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>Acuse</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>corporate</source>
        <translation>sede central</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En plazo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Sin SLA</translation>
    </message>
    <message>
        <source>%1 overdue just now</source>
        <translation>%1 vencido ahora mismo</translation>
    </message>
    <message>
        <source>%1 overdue %2</source>
        <translation>%1 con %2 de retraso</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: quedan %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
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
        <translation>Valoración: %1 de 5 estrellas</translation>
    </message>
    <message>
        <source>%1 keyword %2: goes to regional ops and legal</source>
        <translation>Palabra clave de %1 %2: pasa a operaciones regionales y al equipo legal</translation>
    </message>
    <message>
        <source>Negative word %1</source>
        <translation>Palabra negativa %1</translation>
    </message>
    <message>
        <source>Positive word %1</source>
        <translation>Palabra positiva %1</translation>
    </message>
    <message>
        <source>%1 after a negation, counted the other way</source>
        <translation>%1 tras una negación, contado al revés</translation>
    </message>
    <message>
        <source>Overall tone: negative</source>
        <translation>Tono general: negativo</translation>
    </message>
    <message>
        <source>Overall tone: positive</source>
        <translation>Tono general: positivo</translation>
    </message>
    <message>
        <source>Overall tone: neutral</source>
        <translation>Tono general: neutro</translation>
    </message>
    <message>
        <source>Severity high: a risk keyword fired</source>
        <translation>Gravedad alta: saltó una palabra clave de riesgo</translation>
    </message>
    <message>
        <source>Severity medium: a low rating or a clear complaint (manager task)</source>
        <translation>Gravedad media: valoración baja o queja clara (tarea para el gerente)</translation>
    </message>
    <message>
        <source>Severity low: no risk keyword, no strong complaint</source>
        <translation>Gravedad baja: sin palabras clave de riesgo ni queja fuerte</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewMetricsStrip</name>
    <message>
        <source>Review metrics</source>
        <translation>Métricas de reseñas</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todos los centros</translation>
    </message>
    <message>
        <source>Leave the drill-down and count every location again</source>
        <translation>Salir del detalle y contar de nuevo todos los centros</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Valoración media</translation>
    </message>
    <message>
        <source>The mean star rating of the reviews these filters match</source>
        <translation>La media de estrellas de las reseñas que cumplen estos filtros</translation>
    </message>
    <message>
        <source>Reviews a week</source>
        <translation>Reseñas por semana</translation>
    </message>
    <message>
        <source>Reviews posted in the last four weeks, divided by four</source>
        <translation>Reseñas publicadas en las últimas cuatro semanas, divididas entre cuatro</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>The share of these reviews with a posted reply</source>
        <translation>La proporción de estas reseñas con una respuesta publicada</translation>
    </message>
    <message>
        <source>Median first reply</source>
        <translation>Mediana de primera respuesta</translation>
    </message>
    <message>
        <source>Half of the replied reviews got their first posted reply within this time</source>
        <translation>La mitad de las reseñas respondidas recibió su primera respuesta publicada en este tiempo</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n review(s)</source>
        <translation>
            <numerusform>%1
%n reseña</numerusform>
            <numerusform>%1
%n reseñas</numerusform>
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
        <translation>Mostrar solo las reseñas con este estado; otro clic muestra todos los estados</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>status and its count</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n review(s)</source>
        <translation>
            <numerusform>%1: %n reseña</numerusform>
            <numerusform>%1: %n reseñas</numerusform>
        </translation>
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
    <message>
        <source>Changed on this computer; waiting to sync with the engine</source>
        <translation>Cambiado en este equipo; pendiente de sincronizar con el motor</translation>
    </message>
    <message>
        <source>%1 · pending</source>
        <comment>review status · waiting to sync</comment>
        <translation>%1 · pendiente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Double-click to show only this location</source>
        <translation>Doble clic para ver solo este centro</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>The words and rules that set the severity; the review&apos;s pane lists them all.</source>
        <translation>Las palabras y reglas que fijaron la gravedad; el panel de la reseña las muestra todas.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ReviewsExtras</name>
    <message>
        <source>Import reviews…</source>
        <translation>Importar reseñas…</translation>
    </message>
    <message>
        <source>Import a review export from Google, Yelp, Facebook or a CSV file</source>
        <translation>Importar una exportación de reseñas de Google, Yelp, Facebook o un archivo CSV</translation>
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
    <message>
        <source>This change could not be made: %1</source>
        <translation>No se pudo hacer este cambio: %1</translation>
    </message>
    <message>
        <source>Review %1: %2</source>
        <translation>Reseña %1: %2</translation>
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
    <message>
        <source>Keys: j/k move · a assign to me · r reply · e escalate · c acknowledge · x resolve · Ctrl or Shift+click selects several</source>
        <translation>Teclas: j/k mover · a asignarme · r responder · e escalar · c acusar recibo · x resolver · Ctrl o Mayús+clic selecciona varias</translation>
    </message>
    <message>
        <source>Keys: j/k move · double-click a location to show only it</source>
        <translation>Teclas: j/k mover · doble clic en un centro para ver solo ese</translation>
    </message>
</context>
<context>
    <name>outpost::ui::SavedViewsBar</name>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <source>Save the current filters under a name</source>
        <translation>Guardar los filtros actuales con un nombre</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>Delete the view chosen (built-in views stay)</source>
        <translation>Eliminar la vista elegida (las predefinidas se quedan)</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <source>Unsaved filters</source>
        <translation>Filtros sin guardar</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ScreenshotRunner</name>
    <message>
        <source>Embedded engine on this computer</source>
        <translation>Motor integrado en este equipo</translation>
    </message>
    <message>
        <source>Thank you for telling us. The manager of the club will call you today to put this right.</source>
        <translation>Gracias por contárnoslo. El responsable del club le llamará hoy para solucionarlo.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ServerTrust</name>
    <message>
        <source>This is the first connection from this computer to the Outpost server at %1:%2. Its certificate fingerprint (SHA-256) is:

%3

Compare with the fingerprint your administrator got from `outpost-admin init`. Trust this server only if every pair of characters matches.</source>
        <translation>Es la primera conexión de este equipo con el servidor de Outpost en %1:%2. La huella de su certificado (SHA-256) es:

%3

Compárela con la huella que su administrador obtuvo de `outpost-admin init`. Confíe en este servidor solo si coinciden todos los pares de caracteres.</translation>
    </message>
    <message>
        <source>The Outpost server at %1:%2 presented a different certificate from the one this computer trusts, so Outpost did not connect. Someone may be intercepting the connection, or the administrator replaced the certificate.

%3

Ask your administrator before trusting the new certificate.</source>
        <translation>El servidor de Outpost en %1:%2 presentó un certificado distinto del que este equipo considera de confianza, así que Outpost no se conectó. Alguien podría estar interceptando la conexión, o el administrador sustituyó el certificado.

%3

Consulte a su administrador antes de confiar en el nuevo certificado.</translation>
    </message>
    <message>
        <source>Trust the new certificate?</source>
        <translation>¿Confiar en el nuevo certificado?</translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation>¿Confiar en este servidor?</translation>
    </message>
    <message>
        <source>Trust the new certificate of %1:%2?</source>
        <translation>¿Confiar en el nuevo certificado de %1:%2?</translation>
    </message>
    <message>
        <source>Trust the Outpost server at %1:%2?</source>
        <translation>¿Confiar en el servidor de Outpost en %1:%2?</translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation>Confiar en este servidor</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>No conectar</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>El certificado ha cambiado</translation>
    </message>
    <message>
        <source>Outpost refused the connection: the server&apos;s certificate changed.</source>
        <translation>Outpost rechazó la conexión: el certificado del servidor ha cambiado.</translation>
    </message>
    <message>
        <source>Trust the new certificate…</source>
        <translation>Confiar en el nuevo certificado…</translation>
    </message>
</context>
<context>
    <name>outpost::ui::Session</name>
    <message>
        <source>Corporate admin</source>
        <translation>Administración corporativa</translation>
    </message>
    <message>
        <source>Corporate operations</source>
        <translation>Operaciones corporativas</translation>
    </message>
    <message>
        <source>Regional manager</source>
        <translation>Gerente regional</translation>
    </message>
    <message>
        <source>Location manager</source>
        <translation>Gerente de sede</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
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
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Users &amp;&amp; Locations</source>
        <translation>Usuarios y sedes</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Create and edit users, assign regions and locations, reset passwords.</source>
        <translation>Cree y edite usuarios, asigne regiones y sedes, restablezca contraseñas.</translation>
    </message>
    <message>
        <source>Who did what, when and where; and a check that nothing was altered.</source>
        <translation>Quién hizo qué, cuándo y dónde; y una comprobación de que nada se ha alterado.</translation>
    </message>
    <message>
        <source>You are offline. Settings work on the engine directly, so users and the audit log can be seen and changed only while it can be reached.</source>
        <translation>Está sin conexión. La configuración trabaja directamente sobre el motor, así que los usuarios y el registro de auditoría solo se pueden ver y cambiar mientras se pueda contactar con él.</translation>
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
        <source>Show this list</source>
        <translation>Mostrar esta lista</translation>
    </message>
    <message>
        <source>Quit Outpost</source>
        <translation>Salir de Outpost</translation>
    </message>
    <message>
        <source>Acknowledge the review</source>
        <translation>Confirmar la reseña</translation>
    </message>
    <message>
        <source>Resolve the review, or reopen it</source>
        <translation>Resolver la reseña, o reabrirla</translation>
    </message>
    <message>
        <source>Assign the review to me, or unassign it</source>
        <translation>Asignarme la reseña, o desasignarla</translation>
    </message>
    <message>
        <source>Write a reply draft</source>
        <translation>Escribir un borrador de respuesta</translation>
    </message>
    <message>
        <source>Save the reply draft</source>
        <translation>Guardar el borrador de respuesta</translation>
    </message>
    <message>
        <source>Reload the list</source>
        <translation>Volver a cargar la lista</translation>
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
        <translation>Valoración</translation>
    </message>
</context>
<context>
    <name>outpost::ui::SyncIssuesDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Sync issues</source>
        <translation>Problemas de sincronización</translation>
    </message>
    <message>
        <source>The engine refused these changes, so they were undone on this computer. Retry sends a change again; Discard forgets it.</source>
        <translation>El motor rechazó estos cambios, así que se deshicieron en este equipo. Reintentar envía un cambio de nuevo; Descartar lo olvida.</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <source>No sync issues. The engine accepted every change this computer sent.</source>
        <translation>No hay problemas de sincronización. El motor aceptó todos los cambios que envió este equipo.</translation>
    </message>
    <message>
        <source>Send the selected change to the engine again</source>
        <translation>Enviar de nuevo al motor el cambio seleccionado</translation>
    </message>
    <message>
        <source>Forget the selected change</source>
        <translation>Olvidar el cambio seleccionado</translation>
    </message>
    <message>
        <source>%1 · offline: they sync when the engine is back</source>
        <translation>%1 · sin conexión: se sincronizan cuando vuelva el motor</translation>
    </message>
</context>
<context>
    <name>outpost::ui::SyncIssuesModel</name>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Why the engine refused it</source>
        <translation>Por qué lo rechazó el motor</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Hecho el</translation>
    </message>
</context>
<context>
    <name>outpost::ui::SyncText</name>
    <message>
        <source>Acknowledge review %1</source>
        <translation>Confirmar la reseña %1</translation>
    </message>
    <message>
        <source>Resolve review %1</source>
        <translation>Resolver la reseña %1</translation>
    </message>
    <message>
        <source>Reopen review %1</source>
        <translation>Reabrir la reseña %1</translation>
    </message>
    <message>
        <source>Mark review %1 as replied</source>
        <translation>Marcar la reseña %1 como respondida</translation>
    </message>
    <message>
        <source>Unassign review %1</source>
        <translation>Desasignar la reseña %1</translation>
    </message>
    <message>
        <source>Assign review %1 to %2</source>
        <translation>Asignar la reseña %1 a %2</translation>
    </message>
    <message>
        <source>Save a reply draft for review %1</source>
        <translation>Guardar un borrador de respuesta para la reseña %1</translation>
    </message>
    <message>
        <source>Discard a reply draft</source>
        <translation>Descartar un borrador de respuesta</translation>
    </message>
    <message>
        <source>Edit the contact details of customer %1</source>
        <translation>Editar los datos de contacto del cliente %1</translation>
    </message>
    <message>
        <source>Add a note to customer %1</source>
        <translation>Añadir una nota al cliente %1</translation>
    </message>
    <message>
        <source>Check in customer %1</source>
        <translation>Registrar la entrada del cliente %1</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Todos los cambios sincronizados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln cambio pendiente de sincronizar</numerusform>
            <numerusform>%Ln cambios pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync issue(s)</source>
        <translation>
            <numerusform>%Ln problema de sincronización</numerusform>
            <numerusform>%Ln problemas de sincronización</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading your locations… %1 of %2</source>
        <translation>Cargando sus sedes… %1 de %2</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>No permitido: %1</translation>
    </message>
    <message>
        <source>No longer there: %1</source>
        <translation>Ya no existe: %1</translation>
    </message>
    <message>
        <source>Changed meanwhile: %1</source>
        <translation>Cambiado mientras tanto: %1</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>No aceptado: %1</translation>
    </message>
    <message>
        <source>This engine needs a newer version of Outpost. Update Outpost to sync again; your changes stay on this computer until then.</source>
        <translation>Este motor necesita una versión más reciente de Outpost. Actualice Outpost para volver a sincronizar; sus cambios se quedan en este equipo hasta entonces.</translation>
    </message>
    <message>
        <source>Cannot reach the engine. Your changes are kept on this computer and sync when it is back.</source>
        <translation>No se puede contactar con el motor. Sus cambios se guardan en este equipo y se sincronizan cuando vuelva.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again to sync.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo para sincronizar.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>La sincronización falló: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::TaskCardPane</name>
    <message>
        <source>Task card</source>
        <translation>Ficha de la tarea</translation>
    </message>
    <message>
        <source>Select a task to see its card.</source>
        <translation>Seleccione una tarea para ver su ficha.</translation>
    </message>
    <message>
        <source>j and k move through the queue; c claims, t takes over.</source>
        <translation>j y k recorren la cola; c la asume, t toma el control.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Asumir</translation>
    </message>
    <message>
        <source>Make it yours (c)</source>
        <translation>Hacerla suya (c)</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Tomar el control</translation>
    </message>
    <message>
        <source>Own the customer&apos;s conversation; their automation pauses until you release or resolve (t)</source>
        <translation>Usted lleva la conversación con el cliente; su automatización se pausa hasta que la libere o resuelva (t)</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Pause the SLA clock until the customer answers (w)</source>
        <translation>Pausar el reloj del SLA hasta que el cliente responda (w)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Done (x)</source>
        <translation>Hecho (x)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Give it back to the queue</source>
        <translation>Devolverla a la cola</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Escalar…</translation>
    </message>
    <message>
        <source>Hand it one level up (e)</source>
        <translation>Pasarla al nivel superior (e)</translation>
    </message>
    <message>
        <source>Request approval…</source>
        <translation>Solicitar aprobación…</translation>
    </message>
    <message>
        <source>A refund or cancellation above your limit (a)</source>
        <translation>Un reembolso o cancelación por encima de su límite (a)</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <source>Approve the request, with a reason</source>
        <translation>Aprobar la solicitud, con un motivo</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>Denegar…</translation>
    </message>
    <message>
        <source>Deny the request, with a reason</source>
        <translation>Denegar la solicitud, con un motivo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>De dónde viene</translation>
    </message>
    <message>
        <source>Why Outpost opened it</source>
        <translation>Por qué Outpost la abrió</translation>
    </message>
    <message>
        <source>Suggested next step</source>
        <translation>Siguiente paso sugerido</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Last actions</source>
        <translation>Últimas acciones</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Pendiente de sincronizar</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie aún</translation>
    </message>
    <message>
        <source>%1 · %2 · owner: %3 · with %4</source>
        <translation>%1 · %2 · responsable: %3 · en %4</translation>
    </message>
    <message>
        <source>No customer linked.</source>
        <translation>Sin cliente vinculado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Consent: SMS %2 · email %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Consentimiento: SMS %2 · correo %3</translation>
    </message>
    <message>
        <source>Automation paused: %1 took over.</source>
        <translation>Automatización en pausa: %1 tomó el control.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opened by hand.</source>
        <translation>Abierta a mano.</translation>
    </message>
    <message>
        <source>Read the history and contact the customer.</source>
        <translation>Lea el historial y contacte al cliente.</translation>
    </message>
    <message>
        <source>Your approval limit: %1.</source>
        <translation>Su límite de aprobación: %1.</translation>
    </message>
    <message>
        <source>Your role has no approval limit.</source>
        <translation>Su rol no tiene límite de aprobación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 waits for an approver.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 de %2 espera aprobación.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 approved by %3: %4</source>
        <translation>%1 de %2 aprobado por %3: %4</translation>
    </message>
    <message>
        <source>%1 of %2 denied by %3: %4</source>
        <translation>%1 de %2 denegado por %3: %4</translation>
    </message>
    <message>
        <source>No approval requested.</source>
        <translation>No se ha solicitado aprobación.</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>Reanudar el trabajo</translation>
    </message>
    <message>
        <source>Someone else must approve your own request</source>
        <translation>Otra persona debe aprobar su propia solicitud</translation>
    </message>
    <message>
        <source>The amount is above your approval limit</source>
        <translation>El importe supera su límite de aprobación</translation>
    </message>
    <message>
        <source>Escalate task</source>
        <translation>Escalar tarea</translation>
    </message>
    <message>
        <source>Why does this go one level up? The next level reads this first.</source>
        <translation>¿Por qué sube un nivel? El siguiente nivel lee esto primero.</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Aprobar solicitud</translation>
    </message>
    <message>
        <source>Deny request</source>
        <translation>Denegar solicitud</translation>
    </message>
    <message>
        <source>Your reason goes into the audit log with your name.</source>
        <translation>Su motivo queda en el registro de auditoría con su nombre.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
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
        <translation>Alta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Negative review</source>
        <translation>Reseña negativa</translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation>Pidió una persona</translation>
    </message>
    <message>
        <source>Sensitive message</source>
        <translation>Mensaje sensible</translation>
    </message>
    <message>
        <source>Automation failed</source>
        <translation>Falló la automatización</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Requiere aprobación</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Pago fallido</translation>
    </message>
    <message>
        <source>VIP contact</source>
        <translation>Contacto VIP</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>corporate</source>
        <translation>central</translation>
    </message>
    <message>
        <source>location</source>
        <translation>sede</translation>
    </message>
    <message>
        <source>Paused: waiting on customer</source>
        <translation>En pausa: esperando al cliente</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Sin SLA</translation>
    </message>
    <message>
        <source>Breached just now</source>
        <translation>Vencida hace un momento</translation>
    </message>
    <message>
        <source>Breached %1 ago</source>
        <translation>Vencida hace %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Vence en %1</translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>%1 opened the task</source>
        <translation>%1 abrió la tarea</translation>
    </message>
    <message>
        <source>%1 claimed it</source>
        <translation>%1 la asumió</translation>
    </message>
    <message>
        <source>%1 released it</source>
        <translation>%1 la liberó</translation>
    </message>
    <message>
        <source>%1 gave it to %2</source>
        <translation>%1 se la pasó a %2</translation>
    </message>
    <message>
        <source>%1 took over; automation paused</source>
        <translation>%1 tomó el control; automatización en pausa</translation>
    </message>
    <message>
        <source>%1 set it to %2</source>
        <translation>%1 la puso en %2</translation>
    </message>
    <message>
        <source>Escalated to %1 (%2)</source>
        <translation>Escalada a %1 (%2)</translation>
    </message>
    <message>
        <source>SLA warning</source>
        <translation>Aviso de SLA</translation>
    </message>
    <message>
        <source>SLA breached; %1 notified</source>
        <translation>SLA vencido; se avisó a %1</translation>
    </message>
    <message>
        <source>%1 asked for approval: %2</source>
        <translation>%1 solicitó aprobación: %2</translation>
    </message>
    <message>
        <source>%1 approved: %2</source>
        <translation>%1 aprobó: %2</translation>
    </message>
    <message>
        <source>%1 denied: %2</source>
        <translation>%1 denegó: %2</translation>
    </message>
    <message>
        <source>Keyword “%1”</source>
        <translation>Palabra clave «%1»</translation>
    </message>
    <message>
        <source>Rating of %1 stars or less</source>
        <translation>Valoración de %1 estrellas o menos</translation>
    </message>
    <message>
        <source>Automation failed %1 times</source>
        <translation>La automatización falló %1 veces</translation>
    </message>
    <message>
        <source>Above the automation&apos;s limit (%1)</source>
        <translation>Por encima del límite de la automatización (%1)</translation>
    </message>
    <message>
        <source>Payment still failing after retries</source>
        <translation>El pago sigue fallando tras los reintentos</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>Cliente VIP</translation>
    </message>
</context>
<context>
    <name>outpost::ui::TasksView</name>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>Mi cola</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Tablero del equipo</translation>
    </message>
    <message>
        <source>About to breach in %1: %2</source>
        <translation>A punto de vencer en %1: %2</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
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
        <translation>Persona</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Con control tomado</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Sin asumir</translation>
    </message>
    <message numerus="yes">
        <source>%n of yours</source>
        <translation>
            <numerusform>%n suya</numerusform>
            <numerusform>%n suyas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in your queue</source>
        <translation>
            <numerusform>%n en su cola</numerusform>
            <numerusform>%n en su cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open in your locations</source>
        <translation>
            <numerusform>%n abierta en sus sedes</numerusform>
            <numerusform>%n abiertas en sus sedes</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>outpost::ui::TodayList</name>
    <message>
        <source>Today at this location</source>
        <translation>Hoy en este centro</translation>
    </message>
    <message>
        <source>Expected later today</source>
        <translation>Esperados más tarde</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No se presentaron</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Han entrado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>group (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open %1&apos;s card</source>
        <translation>Abrir la ficha de %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
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
<context>
    <name>outpost::ui::UserEditor</name>
    <message>
        <source>User details</source>
        <translation>Detalles del usuario</translation>
    </message>
    <message>
        <source>Select a user to edit them, or create a new one.</source>
        <translation>Seleccione un usuario para editarlo o cree uno nuevo.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>e.g. ana.lopez</source>
        <translation>p. ej., ana.lopez</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Regions and locations</source>
        <translation>Regiones y sedes</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Contraseña inicial</translation>
    </message>
    <message>
        <source>Require a second factor (authenticator app)</source>
        <translation>Exigir un segundo factor (aplicación de autenticación)</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Nombre visible</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Initial &amp;password</source>
        <translation>&amp;Contraseña inicial</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Corporate roles see every location.</source>
        <translation>Los roles corporativos ven todas las sedes.</translation>
    </message>
    <message>
        <source>Choose the regions this manager oversees.</source>
        <translation>Elija las regiones que supervisa este gerente.</translation>
    </message>
    <message>
        <source>Choose the locations this person works at.</source>
        <translation>Elija las sedes en las que trabaja esta persona.</translation>
    </message>
    <message>
        <source>Administrators always use a second factor.</source>
        <translation>La administración siempre usa un segundo factor.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>They sign in with this username and password.</source>
        <translation>Iniciará sesión con este nombre de usuario y esta contraseña.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Crear usuario</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>username · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Enrol a new second factor</source>
        <translation>Registrar un nuevo segundo factor</translation>
    </message>
    <message>
        <source>Enable second factor</source>
        <translation>Activar segundo factor</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Activar cuenta</translation>
    </message>
    <message>
        <source>Disable account…</source>
        <translation>Desactivar cuenta…</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>¿Desactivar a %1?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their history stays in the audit log, and you can enable the account again later.</source>
        <translation>%1 ya no podrá iniciar sesión. Su historial se conserva en el registro de auditoría y puede volver a activar la cuenta más adelante.</translation>
    </message>
    <message>
        <source>A username cannot change once the user exists.</source>
        <translation>El nombre de usuario no puede cambiar una vez creado el usuario.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UserTableModel</name>
    <message>
        <source>Administrators need a second factor: enrol one from the details pane.</source>
        <translation>La administración necesita un segundo factor: regístrelo desde el panel de detalles.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <source>Second factor</source>
        <translation>Segundo factor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UsersPage</name>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Create a user (Ctrl+N)</source>
        <translation>Crear un usuario (Ctrl+N)</translation>
    </message>
    <message>
        <source>Users list</source>
        <translation>Lista de usuarios</translation>
    </message>
    <message>
        <source>Second factor</source>
        <translation>Segundo factor</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n usuario</numerusform>
            <numerusform>%n usuarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::ui::UsersPresenter</name>
    <message>
        <source>Password: use at least %1 characters.</source>
        <translation>Contraseña: use al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Password: digits alone are too easy to guess; add letters or symbols.</source>
        <translation>Contraseña: solo con cifras es demasiado fácil de adivinar; añada letras o símbolos.</translation>
    </message>
    <message>
        <source>At least %1 characters, not only digits.</source>
        <translation>Al menos %1 caracteres, no solo cifras.</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) needed.</source>
        <translation>
            <numerusform>Falta %n carácter.</numerusform>
            <numerusform>Faltan %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Digits alone are too easy to guess: add letters or symbols.</source>
        <translation>Solo con cifras es demasiado fácil de adivinar: añada letras o símbolos.</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>Contraseña robusta.</translation>
    </message>
    <message>
        <source>Acceptable. A longer password, or a mix of letters, digits and symbols, is stronger.</source>
        <translation>Aceptable. Una contraseña más larga, o una mezcla de letras, cifras y símbolos, es más robusta.</translation>
    </message>
    <message>
        <source>Username: use 3 to 64 characters: lower-case letters, digits, dots, underscores or hyphens.</source>
        <translation>Nombre de usuario: use de 3 a 64 caracteres: letras minúsculas, cifras, puntos, guiones bajos o guiones.</translation>
    </message>
    <message>
        <source>Display name: enter the person&apos;s name.</source>
        <translation>Nombre visible: escriba el nombre de la persona.</translation>
    </message>
    <message>
        <source>Display name: use at most 200 characters.</source>
        <translation>Nombre visible: use como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>Regions: choose at least one region for a regional manager.</source>
        <translation>Regiones: elija al menos una región para un gerente regional.</translation>
    </message>
    <message>
        <source>Locations: choose at least one location for front desk staff.</source>
        <translation>Sedes: elija al menos una sede para el personal de recepción.</translation>
    </message>
    <message>
        <source>Locations: choose at least one location for a location manager.</source>
        <translation>Sedes: elija al menos una sede para un gerente de sede.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 ya puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation>Cambios de %1 guardados.</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 está desactivado y ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Password reset for %1. Their open sessions have ended.</source>
        <translation>Contraseña de %1 restablecida. Sus sesiones abiertas se han cerrado.</translation>
    </message>
    <message>
        <source>Second factor enrolled for %1.</source>
        <translation>Segundo factor registrado para %1.</translation>
    </message>
    <message>
        <source>Cannot reach the engine right now; nothing was changed. %1</source>
        <translation>No se puede contactar con el motor ahora; no se ha cambiado nada. %1</translation>
    </message>
    <message>
        <source>Only corporate administrators manage users: %1</source>
        <translation>Solo la administración corporativa gestiona usuarios: %1</translation>
    </message>
</context>
<context>
    <name>outpost::ui::WalkInDialog</name>
    <message>
        <source>New walk-in lead</source>
        <translation>Nuevo contacto presencial</translation>
    </message>
    <message>
        <source>Someone came in to ask about %1. Take their details so the team can follow up.</source>
        <translation>Alguien ha venido a preguntar por %1. Toma sus datos para que el equipo le haga seguimiento.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>+1 512 555 0123</source>
        <translation>+34 612 345 678</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Cuota de socio</translation>
    </message>
    <message>
        <source>Personal training</source>
        <translation>Entrenamiento personal</translation>
    </message>
    <message>
        <source>Group classes</source>
        <translation>Clases colectivas</translation>
    </message>
    <message>
        <source>Day pass</source>
        <translation>Pase de un día</translation>
    </message>
    <message>
        <source>Kids&apos; programs</source>
        <translation>Actividades infantiles</translation>
    </message>
    <message>
        <source>What did they come for?</source>
        <translation>¿Qué le interesa?</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: anything the team should know</source>
        <translation>Opcional: lo que el equipo deba saber</translation>
    </message>
    <message>
        <source>Consent — read this to the person and tick only what they agree to:</source>
        <translation>Consentimiento: léeselo a la persona y marca solo lo que acepte:</translation>
    </message>
    <message>
        <source>Agrees to text messages (SMS)</source>
        <translation>Acepta recibir mensajes de texto (SMS)</translation>
    </message>
    <message>
        <source>&quot;I agree to receive text messages from %1 about my visit, offers and membership. Message and data rates may apply. Reply STOP to opt out at any time.&quot;</source>
        <translation>«Acepto recibir mensajes de texto de %1 sobre mi visita, ofertas y cuota de socio. Pueden aplicarse tarifas de mensajes y datos. Responde STOP para darte de baja en cualquier momento.»</translation>
    </message>
    <message>
        <source>Agrees to emails</source>
        <translation>Acepta recibir correos electrónicos</translation>
    </message>
    <message>
        <source>&quot;I agree to receive emails from %1 about my visit, offers and membership. I can unsubscribe at any time.&quot;</source>
        <translation>«Acepto recibir correos electrónicos de %1 sobre mi visita, ofertas y cuota de socio. Puedo darme de baja en cualquier momento.»</translation>
    </message>
    <message>
        <source>Save lead</source>
        <translation>Guardar contacto</translation>
    </message>
</context>
</TS>
