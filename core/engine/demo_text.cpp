#include "engine/demo_text.h"

#include <algorithm>
#include <array>
#include <vector>

namespace outpost::demo {
namespace {

using Words = std::span<const std::string_view>;

constexpr std::string_view kFirstNames[] = {
    "James",     "Mary",      "Robert",  "Patricia", "John",      "Jennifer", "Michael",  "Linda",   "David",
    "Elizabeth", "William",   "Barbara", "Richard",  "Susan",     "Joseph",   "Jessica",  "Thomas",  "Sarah",
    "Chris",     "Karen",     "Daniel",  "Lisa",     "Matthew",   "Nancy",    "Anthony",  "Sandra",  "Mark",
    "Ashley",    "Steven",    "Emily",   "Andrew",   "Michelle",  "Joshua",   "Amanda",   "Kevin",   "Melissa",
    "Brian",     "Stephanie", "Ryan",    "Rebecca",  "Jacob",     "Laura",    "Nicholas", "Hannah",  "Tyler",
    "Megan",     "Brandon",   "Rachel",  "Jose",     "Maria",     "Luis",     "Carmen",   "Carlos",  "Sofia",
    "Miguel",    "Valeria",   "Diego",   "Camila",   "Alejandro", "Lucia",    "Wei",      "Mei",     "Hiroshi",
    "Yuki",      "Min-jun",   "Ji-woo",  "Arjun",    "Priya",     "Rohan",    "Ananya",   "Omar",    "Layla",
    "Hassan",    "Amira",     "Kwame",   "Ama",      "Tunde",     "Zainab",   "Dmitri",   "Olga",    "Liam",
    "Olivia",    "Noah",      "Emma",    "Ethan",    "Ava",       "Mason",    "Isabella", "Logan",   "Mia",
    "Lucas",     "Harper",    "Aiden",   "Evelyn",   "Elijah",    "Abigail",  "Caleb",    "Chloe",   "Nathan",
    "Grace",     "Isaac",     "Zoe",     "Owen",     "Nora",      "Jordan",   "Taylor",   "Morgan",  "Casey",
    "Devin",     "Jasmine",   "Marcus",  "Tiana",    "Andre",     "Keisha",   "Malik",    "Aaliyah", "Gabriel",
    "Natalie",   "Connor",    "Brooke",
};

constexpr std::string_view kLastNames[] = {
    "Smith",    "Johnson",   "Williams", "Brown",     "Jones",    "Garcia",   "Miller",   "Davis",      "Rodriguez",
    "Martinez", "Hernandez", "Lopez",    "Gonzalez",  "Wilson",   "Anderson", "Thomas",   "Taylor",     "Moore",
    "Jackson",  "Martin",    "Lee",      "Perez",     "Thompson", "White",    "Harris",   "Sanchez",    "Clark",
    "Ramirez",  "Lewis",     "Robinson", "Walker",    "Young",    "Allen",    "King",     "Wright",     "Scott",
    "Torres",   "Nguyen",    "Hill",     "Flores",    "Green",    "Adams",    "Nelson",   "Baker",      "Hall",
    "Rivera",   "Campbell",  "Mitchell", "Carter",    "Roberts",  "Gomez",    "Phillips", "Evans",      "Turner",
    "Diaz",     "Parker",    "Cruz",     "Edwards",   "Collins",  "Reyes",    "Stewart",  "Morris",     "Morales",
    "Murphy",   "Cook",      "Rogers",   "Gutierrez", "Ortiz",    "Morgan",   "Cooper",   "Peterson",   "Bailey",
    "Reed",     "Kelly",     "Howard",   "Ramos",     "Kim",      "Cox",      "Ward",     "Richardson", "Watson",
    "Brooks",   "Chavez",    "Wood",     "James",     "Bennett",  "Gray",     "Mendoza",  "Ruiz",       "Hughes",
    "Price",    "Alvarez",   "Castillo", "Sanders",   "Patel",    "Myers",    "Long",     "Ross",       "Foster",
    "Jimenez",  "Chen",      "Wang",     "Tanaka",    "Park",     "Choi",     "Singh",    "Shah",       "O'Brien",
    "Okafor",   "Mensah",    "Haddad",   "Khan",      "Novak",    "Ivanova",  "Kowalski", "Lindqvist",  "Moreau",
    "Rossi",    "Fischer",   "Schmidt",
};

constexpr std::string_view kStaffNames[] = {
    "Maya",  "Jordan", "Priya",  "Marcus", "Lena",   "Diego",  "Tasha",  "Omar",  "Brianna", "Kofi",
    "Sam",   "Rosa",   "Tyrell", "Hana",   "Felix",  "Imani",  "Mateo",  "Quinn", "Darius",  "Ingrid",
    "Jules", "Kenji",  "Alana",  "Reggie", "Noelle", "Santi",  "Vera",   "Theo",  "Nadia",   "Cole",
    "Anya",  "Rafael", "Kira",   "Emeka",  "Lucy",   "Bashir", "Celine", "Dante", "Marisol", "Wes",
};

constexpr std::string_view kClassNames[] = {
    "spin",   "HIIT",     "yoga flow", "barre",    "kettlebell",       "Pilates reformer",
    "boxing", "strength", "mobility",  "bootcamp", "rowing intervals", "core and stretch",
};

constexpr std::string_view kEmailDomains[] = {
    "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me", "aol.com",
};

// Review fragments. Tokens: {loc}, {coach}, {coach2}, {desk}, {class}.
constexpr std::string_view kPraise[] = {
    "Coach {coach} is amazing and actually remembers everyone's name.",
    "{coach}'s {class} class is the highlight of my week.",
    "The {class} classes are tough but so much fun.",
    "Super clean, and the locker rooms are always spotless.",
    "{desk} at the front desk is always friendly and checks me in with a smile.",
    "The equipment is well maintained and there are plenty of racks.",
    "Great music, great energy, great people.",
    "I've lost twenty pounds since joining and feel stronger than ever.",
    "{coach} helped me fix my deadlift form and my back pain is gone.",
    "Classes start on time and the coaches keep them moving.",
    "The app makes booking {class} classes super easy.",
    "Staff wipe down the equipment constantly, which I really appreciate.",
    "Plenty of early morning slots, perfect before work.",
    "The community here is so welcoming, even for a total beginner like me.",
    "{coach} and {coach2} push you without ever making you feel judged.",
    "Showers have good water pressure and there are always fresh towels.",
    "The free intro session with {coach} was really helpful.",
    "{desk} sorted out my membership freeze in two minutes.",
    "Love the {class} room, the lighting and sound system are great.",
    "The trainers actually watch your form instead of staring at their phones.",
    "Good variety of classes at all hours.",
    "It's the first gym I've actually stuck with for more than a year.",
    "Honest pricing, no pushy sales pitch when I signed up.",
    "My whole family trains here now.",
    "The new turf area and sleds are awesome.",
    "{coach} modified every move for my bad knee without making a fuss.",
    "Front desk team is fantastic, shout out to {desk}.",
    "The place smells clean, which is rare for a gym.",
    "Small class sizes, so you get real attention.",
    "The coaches program smart workouts that change every week.",
    "{coach2} checks in on me when I miss a week, which keeps me accountable.",
    "The recovery area with foam rollers and massage guns is a nice touch.",
    "They have chalk, bands and every kettlebell size you could want.",
    "Took my first {class} class a few weeks ago and I'm hooked.",
    "{desk} and the whole desk crew make you feel at home.",
    "{coach2} made my first {class} class feel doable.",
    "Signing up online took five minutes and {desk} had my key tag ready.",
    "I've tried every studio in the area and {loc} is the best run by far.",
};

constexpr std::string_view kMild[] = {
    "It gets really crowded after 5pm and you end up waiting for the squat racks.",
    "One of the treadmills has been out of order for weeks.",
    "Billing was confusing at first; I got charged an enrollment fee nobody mentioned.",
    "Parking is a nightmare in the evening.",
    "The AC struggles in the {class} room on hot days.",
    "The locker room could use more hooks and a second hair dryer.",
    "Popular classes like {class} fill up within minutes of opening.",
    "The music is sometimes way too loud to hear the coach.",
    "Wifi barely works inside.",
    "The water fountain by the free weights has been broken for a while.",
    "Some of the dumbbells are missing, so the pairs don't match.",
    "Check-in at the kiosk is slow when the app doesn't load.",
    "They changed the class schedule without much notice.",
    "The showers take forever to warm up.",
    "Weekend hours are shorter than I'd like.",
    "Towel service is hit or miss.",
    "A couple of the bikes squeak and the seats are hard to adjust.",
    "The app sometimes double-books the {class} class.",
    "It's hard to get anyone on the phone.",
    "The sauna was closed for maintenance two weeks in a row.",
    "The mirrors in the stretching area are always smudged.",
    "Got an automated email about a payment that had already gone through.",
    "Prices went up this year and nobody explained why.",
    "The bathrooms run out of paper towels by the evening.",
    "The cable machine by the window has a frayed grip that nobody replaces.",
};

constexpr std::string_view kSerious[] = {
    "I tried to cancel three times and they kept charging my card.",
    "The manager was rude and hung up on me when I asked about a refund.",
    "Nobody at the desk could explain why my bill doubled.",
    "Half the machines are broken and nobody seems to care.",
    "The locker rooms are filthy, with hair everywhere and overflowing trash.",
    "I paid for a personal training package that never happened and no one will refund it.",
    "My class was cancelled ten minutes before start with no notice and no credit.",
    "Staff spend more time on their phones than helping members.",
    "The AC has been broken for a month and it's like a sauna in there.",
    "They froze my account without asking and still charged me the monthly fee.",
    "The sales rep pressured me into a 12-month contract and misrepresented the cancellation policy.",
    "I waited 40 minutes for a coach who never showed up for my booked session.",
    "Equipment is dirty and there are never any wipes.",
    "Customer service is non-existent; emails go unanswered for weeks.",
    "They charged me a cancellation fee that was never in my contract.",
    "The place is so overcrowded it's impossible to get a workout in.",
    "The front desk laughed when I complained about the smell in the showers.",
    "I was charged for a full month after my membership ended.",
    "Classes are constantly overbooked and they turn people away at the door.",
    "I asked for a manager four times and never got a call back.",
};

constexpr std::string_view kSafety[] = {
    "I slipped on a wet floor by the locker rooms and hurt my ankle. There was no sign out.",
    "A cable snapped on the lat pulldown while I was using it and hit my shoulder. Staff shrugged it off.",
    "I rolled my ankle on a torn mat in the turf area and had to go to urgent care.",
    "The front desk read my injury history out loud and shared my medical info with another member.",
    "I have been in touch with my lawyer about how this was handled.",
    "The manager treated me differently from everyone else in the room and I felt discriminated against.",
    "An instructor kept commenting on my body and touched me without asking. I felt unsafe.",
    "There was blood on a bench for an entire evening and nobody cleaned it. That is a health hazard.",
    "They posted a photo of me with my membership details online without my permission.",
    "A plate fell off a broken rack and nearly crushed my foot. I was injured and nobody filled out a report.",
    "A member collapsed during class and no one on staff knew where the AED was.",
    "If my card is charged again I will be taking legal action.",
    "I was refused a class because of my disability and told it was not for people like me. That is discrimination.",
    "A coach pushed me to keep going after I said my chest hurt, and I ended up in the emergency room.",
};

constexpr std::string_view kOpen5[] = {
    "Absolutely love this place!",
    "Best gym in {loc}, hands down.",
    "Five stars all the way.",
    "Been a member for two years and still love it.",
    "This place changed my life.",
    "Such a great studio!",
    "Highly recommend!",
    "If you're on the fence, just join.",
    "Finally found a gym I look forward to.",
    "Wow, what a studio.",
};
constexpr std::string_view kShort5[] = {
    "Love it here.",
    "Great gym!",
    "10/10 would recommend.",
    "Best coaches in town.",
    "Clean, friendly, great classes.",
    "Amazing staff and classes!",
    "My favorite place in {loc}.",
};
constexpr std::string_view kOpen4[] = {
    "Really good gym overall.",       "Solid studio with great coaches.",
    "Very happy with my membership.", "Great place, just a couple of small things.",
    "Good vibes at {loc}.",           "Happy member for about a year now.",
};
constexpr std::string_view kOpen3[] = {
    "It's okay.",
    "Decent gym, but there's room for improvement.",
    "Mixed feelings about this place.",
    "Average experience so far.",
    "Some good, some bad.",
    "Not bad, not great.",
};
constexpr std::string_view kOpen2[] = {
    "Pretty disappointed lately.",      "Used to love it here, not anymore.", "Not what I expected.",
    "This location is going downhill.", "Expected a lot more for the price.",
};
constexpr std::string_view kOpen1[] = {
    "Avoid this place.",
    "Worst gym experience I've ever had.",
    "Terrible.",
    "Do not sign up here.",
    "Absolutely unacceptable.",
    "Zero stars if I could.",
};
constexpr std::string_view kOpenSafety[] = {
    "I need to warn people about {loc}.",
    "Something serious happened here.",
    "Very concerned after my last visit.",
    "This is not okay.",
    "Writing this so it doesn't happen to anyone else.",
};
constexpr std::string_view kNitpick[] = {
    "Only reason it's not five stars:",
    "One small gripe:",
    "Minor thing:",
    "If I had to complain about anything:",
};
constexpr std::string_view kClose5[] = {
    "Thank you to the whole team!", "See you in class!",  "Worth every penny.",
    "Highly recommend to anyone.",  "Keep it up, {loc}!",
};
constexpr std::string_view kClose4[] = {
    "Would still recommend.",
    "Overall a good experience.",
    "Will keep coming back.",
    "Fix that and it's five stars.",
};
constexpr std::string_view kClose3[] = {
    "Hoping it gets better.",
    "Might look around for other options.",
    "It's fine for the price.",
    "We'll see.",
};
constexpr std::string_view kCloseNegative[] = {
    "I'm cancelling my membership.",
    "Save your money.",
    "Management needs to step up.",
    "Still waiting for someone to call me back.",
    "Go somewhere else.",
    "Really disappointing.",
};
constexpr std::string_view kCloseSafety[] = {
    "Management needs to take this seriously.",
    "I expect a call from someone in charge.",
    "Other members should know about this.",
    "I've filed a formal complaint.",
};

constexpr std::string_view kEsOpenPositive[] = {"¡Excelente gimnasio!", "Me encanta este lugar.", "Muy recomendado.",
                                                "El mejor estudio de {loc}."};
constexpr std::string_view kEsPraise[] = {
    "Los entrenadores son muy atentos y {coach} siempre te motiva.",
    "Las clases de {class} son muy divertidas.",
    "El lugar está muy limpio y ordenado.",
    "{desk} en recepción es súper amable.",
    "Buen ambiente y buen equipo.",
    "Los horarios son muy cómodos para mí.",
};
constexpr std::string_view kEsOpenMixed[] = {"Está bien, pero puede mejorar.", "Tiene cosas buenas y malas."};
constexpr std::string_view kEsMild[] = {
    "En las tardes hay demasiada gente.",
    "El aire acondicionado casi nunca funciona.",
    "A veces las máquinas están descompuestas.",
    "El estacionamiento es complicado.",
};
constexpr std::string_view kEsOpenNegative[] = {"Pésimo servicio.", "Muy decepcionado.", "No lo recomiendo."};
constexpr std::string_view kEsSerious[] = {
    "Me cobraron dos veces y nadie me da respuesta.",
    "Quise cancelar mi membresía y me pusieron mil excusas.",
    "El gerente fue muy grosero conmigo.",
    "Los vestidores están muy sucios.",
};
constexpr std::string_view kEsSafety =
    "Me resbalé en el piso mojado del vestidor y me lastimé el tobillo. No había ningún aviso.";
constexpr std::string_view kEsClosePositive[] = {"¡Mil gracias al equipo!", "Vale la pena."};
constexpr std::string_view kEsCloseNegative[] = {"Voy a cancelar mi membresía.", "Busquen otro gimnasio."};

// Lead fragments. Tokens: {loc}, {class}.
constexpr std::string_view kWebInterest[] = {
    "Hi, I'm interested in joining {loc}.",
    "Looking for a gym near work and {loc} looks great.",
    "I'd like to try a {class} class.",
    "Interested in personal training, maybe two sessions a week.",
    "My partner and I want to sign up together.",
    "Do you offer a free trial week?",
    "Moving to the area next month and looking for a studio.",
};
constexpr std::string_view kLeadSignals[] = {
    "Ready to sign up this week.",
    "I looked at the pricing page but I'm not sure which plan fits.",
    "I used to be a member a couple of years ago.",
    "Budget is tight right now, is there anything cheaper?",
    "I want to start as soon as possible.",
    "Checked your prices online, do you have a student rate?",
};
constexpr std::string_view kWebQuestion[] = {
    "What are your hours on weekends?",         "Is there a contract or is it month to month?", "Do you have parking?",
    "Can I bring a friend to the first class?", "What's the best time to come by for a tour?",
};
constexpr std::string_view kCallNotes[] = {
    "Caller asked about membership prices and contract length.",
    "Called asking about the {class} schedule.",
    "Wants a callback after 5pm about personal training.",
    "Asked whether we match competitor pricing.",
    "Former member, asking about rejoining {loc}.",
    "Asked about corporate discounts for their team.",
};
constexpr std::string_view kCallOutcome[] = {
    "Said price is a concern.",
    "Sounded ready to join.",
    "Will come in for a tour on Saturday.",
    "Asked for the intro offer by text.",
};
constexpr std::string_view kMessages[] = {
    "hey do you guys have day passes?",
    "What time does {loc} open on Sundays?",
    "hi! is the {class} class ok for beginners?",
    "How much is a monthly membership?",
    "can i freeze my membership if i travel a lot for work",
    "Is there a trial? want to sign up asap",
    "saw your ad, what's the intro offer?",
    "Do you have showers and lockers?",
};
constexpr std::string_view kWalkIns[] = {
    "Walked in for a tour with a friend; liked the {class} room.",
    "Stopped by after work, asked about family plans.",
    "Toured the studio, wants to think it over.",
    "Came in asking about personal training packages.",
    "Walked in, took the free intro class and loved it.",
};

std::string_view token_value(std::string_view key, const ReviewVoice& v) {
    if (key == "loc") return v.location;
    if (key == "coach") return v.coach;
    if (key == "coach2") return v.other_coach;
    if (key == "desk") return v.desk;
    if (key == "class") return v.class_name;
    return {};
}

// Appends `tmpl` with its tokens replaced, separated from the text before by a space.
void append(std::string& out, std::string_view tmpl, const ReviewVoice& v) {
    if (!out.empty()) out += ' ';
    std::size_t i = 0;
    while (i < tmpl.size()) {
        const std::size_t open = tmpl.find('{', i);
        const std::size_t close = open == std::string_view::npos ? open : tmpl.find('}', open);
        if (close == std::string_view::npos) {
            out += tmpl.substr(i);
            break;
        }
        out += tmpl.substr(i, open - i);
        out += token_value(tmpl.substr(open + 1, close - open - 1), v);
        i = close + 1;
    }
}

void append_one(Rng& rng, std::string& out, Words words, const ReviewVoice& v) {
    append(out, rng.pick(words), v);
}

// Appends `count` different fragments of `words`, in drawn order.
void append_distinct(Rng& rng, std::string& out, Words words, int count, const ReviewVoice& v) {
    std::vector<std::size_t> used;
    for (int k = 0; k < count && used.size() < words.size(); ++k) {
        std::size_t i = rng.index(words.size());
        while (std::find(used.begin(), used.end(), i) != used.end()) i = (i + 1) % words.size();
        used.push_back(i);
        append(out, words[i], v);
    }
}

std::string spanish_review(Rng& rng, int rating, const ReviewVoice& v) {
    std::string out;
    if (rating >= 4) {
        append_one(rng, out, kEsOpenPositive, v);
        append_distinct(rng, out, kEsPraise, rng.between(1, 2), v);
        if (rng.chance(0.5)) append_one(rng, out, kEsClosePositive, v);
    } else if (rating == 3) {
        append_one(rng, out, kEsOpenMixed, v);
        append_distinct(rng, out, kEsPraise, 1, v);
        append_distinct(rng, out, kEsMild, rng.between(1, 2), v);
    } else {
        append_one(rng, out, kEsOpenNegative, v);
        if (rng.chance(0.15)) {
            append(out, kEsSafety, v);
        } else {
            append_distinct(rng, out, kEsSerious, rng.between(1, 2), v);
        }
        if (rng.chance(0.5)) append_one(rng, out, kEsCloseNegative, v);
    }
    return out;
}

}  // namespace

std::uint64_t mix(std::uint64_t seed, std::uint64_t stream) {
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::span<const std::string_view> first_names() {
    return kFirstNames;
}
std::span<const std::string_view> last_names() {
    return kLastNames;
}
std::span<const std::string_view> staff_names() {
    return kStaffNames;
}
std::span<const std::string_view> class_names() {
    return kClassNames;
}
std::span<const std::string_view> email_domains() {
    return kEmailDomains;
}

std::string review_text(Rng& rng, int rating, ReviewKind kind, const ReviewVoice& v) {
    if (kind == ReviewKind::spanish) return spanish_review(rng, rating, v);
    std::string out;
    if (kind == ReviewKind::safety) {
        if (rng.chance(0.7)) append_one(rng, out, kOpenSafety, v);
        append_one(rng, out, kSafety, v);
        if (rng.chance(0.3)) append_one(rng, out, kSerious, v);
        if (rng.chance(0.5)) append_one(rng, out, kCloseSafety, v);
        return out;
    }
    switch (rating) {
        case 5: {
            const int layout = static_cast<int>(rng.weighted(std::array{70, 15, 15}));
            if (layout == 1) {
                append_one(rng, out, kShort5, v);
                if (rng.chance(0.4)) append_distinct(rng, out, kPraise, 1, v);
                break;
            }
            if (layout == 0) append_one(rng, out, kOpen5, v);
            append_distinct(rng, out, kPraise, rng.between(layout == 0 ? 1 : 2, 3), v);
            if (rng.chance(0.5)) append_one(rng, out, kClose5, v);
            break;
        }
        case 4:
            if (rng.chance(0.6)) append_one(rng, out, kOpen4, v);
            append_distinct(rng, out, kPraise, rng.between(1, 2), v);
            if (rng.chance(0.6)) {
                append_one(rng, out, kNitpick, v);
                append_one(rng, out, kMild, v);
            }
            if (rng.chance(0.4)) append_one(rng, out, kClose4, v);
            break;
        case 3:
            append_one(rng, out, kOpen3, v);
            append_distinct(rng, out, kPraise, 1, v);
            append_distinct(rng, out, kMild, rng.between(1, 2), v);
            if (rng.chance(0.6)) append_one(rng, out, kClose3, v);
            break;
        case 2:
            append_one(rng, out, kOpen2, v);
            append_distinct(rng, out, kMild, rng.between(1, 2), v);
            if (rng.chance(0.5)) append_one(rng, out, kSerious, v);
            if (rng.chance(0.6)) append_one(rng, out, kCloseNegative, v);
            break;
        default:
            if (rng.chance(0.7)) append_one(rng, out, kOpen1, v);
            append_distinct(rng, out, kSerious, rng.between(1, 2), v);
            if (rng.chance(0.4)) append_one(rng, out, kMild, v);
            if (rng.chance(0.7)) append_one(rng, out, kCloseNegative, v);
            break;
    }
    return out;
}

std::string lead_message(Rng& rng, LeadSource source, std::string_view location, std::string_view class_name) {
    const ReviewVoice v{location, {}, {}, {}, class_name};
    std::string out;
    switch (source) {
        case LeadSource::web_form:
            append_one(rng, out, kWebInterest, v);
            append_distinct(rng, out, kLeadSignals, rng.between(0, 2), v);
            if (rng.chance(0.5)) append_one(rng, out, kWebQuestion, v);
            break;
        case LeadSource::call:
            append_one(rng, out, kCallNotes, v);
            if (rng.chance(0.6)) append_one(rng, out, kCallOutcome, v);
            break;
        case LeadSource::message:
            append_one(rng, out, kMessages, v);
            break;
        case LeadSource::walk_in:
            append_one(rng, out, kWalkIns, v);
            if (rng.chance(0.4)) append_distinct(rng, out, kLeadSignals, 1, v);
            break;
    }
    return out;
}

}  // namespace outpost::demo
