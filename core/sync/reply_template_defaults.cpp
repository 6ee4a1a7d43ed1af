// The reply templates every brand starts with: three public replies (thanks for praise, a mixed
// review, a complaint) and two private messages (reaching out after a complaint, following up on a
// fix), in English and Spanish. Corporate edits them; a location manager overrides one for a location.
#include "sync/reply_templates.h"

namespace outpost::sync {

const std::vector<DefaultTemplate>& default_templates() {
    static const std::vector<DefaultTemplate> list = {
        {"public_thanks", "public", "en", "Thank you (positive review)",
         "Hi {first_name}, thank you for taking the time to share this! Everyone at {location_name} reads these, "
         "and hearing that your visit went well made our day. See you again soon.\n{manager_name}, {location_name}"},
        {"public_mixed", "public", "en", "Mixed review",
         "Hi {first_name}, thanks for the honest feedback. We're glad parts of your visit to {location_name} worked "
         "for you, and we hear you on what didn't. I've shared your notes with the team so we can do better next "
         "time. If you'd like to tell me more, just ask for me at the front desk.\n{manager_name}"},
        {"public_apology", "public", "en", "Apology (negative review)",
         "Hi {first_name}, I'm sorry your visit to {location_name} fell short. That isn't the experience we want "
         "anyone to have. I'd like to understand what happened and put it right: please get in touch with me "
         "directly at the front desk or by phone, and I'll follow up personally.\n{manager_name}, {location_name}"},
        {"private_outreach", "private", "en", "Private outreach after a complaint",
         "Hi {first_name}, this is {manager_name}, the manager at {location_name}. I read your {review_platform} "
         "review and I'm sorry we let you down. Could we talk for a few minutes this week? I'd like to hear the "
         "details from you and make it right."},
        {"private_follow_up", "private", "en", "Private follow-up after a fix",
         "Hi {first_name}, {manager_name} from {location_name} again. Thank you for telling us what went wrong. "
         "We've made changes since we spoke, and I'd love for you to see them on your next visit. Please reach out "
         "to me anytime if something isn't right."},
        {"public_thanks", "public", "es", "Gracias (reseña positiva)",
         "Hola {first_name}, ¡gracias por tomarte el tiempo de escribirnos! Todo el equipo de {location_name} lee "
         "estas reseñas y nos alegra mucho saber que tu visita fue buena. ¡Te esperamos pronto!\n{manager_name}, "
         "{location_name}"},
        {"public_mixed", "public", "es", "Reseña mixta",
         "Hola {first_name}, gracias por tu opinión sincera. Nos alegra que parte de tu visita a {location_name} "
         "haya ido bien, y tomamos nota de lo que no. Ya compartí tus comentarios con el equipo para mejorar. Si "
         "quieres contarme más, pregunta por mí en recepción.\n{manager_name}"},
        {"public_apology", "public", "es", "Disculpa (reseña negativa)",
         "Hola {first_name}, lamento que tu visita a {location_name} no estuviera a la altura. No es la experiencia "
         "que queremos para nadie. Me gustaría entender qué pasó y solucionarlo: por favor, contáctame en recepción "
         "o por teléfono y te responderé personalmente.\n{manager_name}, {location_name}"},
        {"private_outreach", "private", "es", "Contacto privado tras una queja",
         "Hola {first_name}, soy {manager_name}, responsable de {location_name}. Leí tu reseña en {review_platform} "
         "y siento mucho haberte fallado. ¿Podemos hablar unos minutos esta semana? Quiero escuchar los detalles y "
         "encontrar una solución."},
        {"private_follow_up", "private", "es", "Seguimiento privado tras una mejora",
         "Hola {first_name}, soy {manager_name} de {location_name} otra vez. Gracias por contarnos lo que falló. "
         "Hemos hecho cambios desde que hablamos y me encantaría que los vieras en tu próxima visita. Escríbeme "
         "cuando quieras si algo no está bien."},
    };
    return list;
}

}  // namespace outpost::sync
