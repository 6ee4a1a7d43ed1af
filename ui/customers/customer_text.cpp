#include "ui/customers/customer_text.h"

#include <charconv>

#include <QCoreApplication>
#include <QLocale>

#include "ui/models/display_text.h"
#include "ui/widgets/theme.h"

namespace outpost::ui::CustomerText {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("CustomerText", text); }

// The number inside a reason code ("visits_down_60_percent" -> 60), or -1.
int numberIn(const std::string& code) {
    const auto digit = code.find_first_of("0123456789");
    if (digit == std::string::npos) return -1;
    int value = 0;
    std::from_chars(code.data() + digit, code.data() + code.size(), value);
    return value;
}

// A code nobody translated yet, readable: "web_form" -> "Web form".
QString readable(const std::string& code) {
    QString words = QString::fromStdString(code);
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty()) words[0] = words[0].toUpper();
    return words;
}

}  // namespace

QString field(const std::string& name) {
    if (name == "external_id") return tr("External id");
    if (name == "first_name") return tr("First name");
    if (name == "last_name") return tr("Last name");
    if (name == "primary_phone") return tr("Phone");
    if (name == "primary_email") return tr("Email");
    if (name == "membership_status") return tr("Membership");
    if (name == "last_activity_at") return tr("Last activity");
    if (name == "consent_sms") return tr("SMS consent");
    if (name == "consent_email") return tr("Email consent");
    if (name == "lifetime_value_cents") return tr("Lifetime value");
    if (name == "preferred_channel") return tr("Preferred channel");
    if (name == "last_ticket_id") return tr("Last ticket");
    if (name == "home_location_id") return tr("Home location");
    if (name == "tags") return tr("Tags");
    if (name == "member_id") return tr("Member id");
    if (name == "access_card_id") return tr("Access card");
    if (name == "birthday") return tr("Birthday");
    return QString::fromStdString(name);
}

QString source(const std::string& code) {
    if (code.empty()) return tr("Import");
    if (code == "desk") return tr("Front desk");
    if (code == "consent_ledger") return tr("Consent ledger");
    if (code == "merge") return tr("Merge");
    if (code == "import") return tr("Import");
    if (code.rfind("event:", 0) == 0) return tr("Event (%1)").arg(QString::fromStdString(code.substr(6)));
    return readable(code);
}

QString channel(const std::string& code) {
    if (code == "sms") return tr("SMS");
    if (code == "email") return tr("Email");
    if (code == "phone") return tr("Phone calls");
    if (code == "push") return tr("Push");
    if (code == "mail") return tr("Post");
    return QString::fromStdString(code);
}

QString band(const std::string& code) {
    if (code == "high") return tr("High risk");
    if (code == "medium") return tr("Medium risk");
    return tr("Low risk");
}

QColor bandColor(const std::string& code) {
    if (code == "high") return QColor(0xc6, 0x28, 0x28);
    if (code == "medium") return QColor(0xe6, 0x8a, 0x00);
    return QColor(0x2e, 0x7d, 0x32);
}

QString component(const std::string& code) {
    if (code == "recency") return tr("Recency");
    if (code == "frequency") return tr("Visit frequency");
    if (code == "payment") return tr("Payment friction");
    if (code == "engagement") return tr("Engagement");
    if (code == "support") return tr("Support and sentiment");
    return QString::fromStdString(code);
}

QString reason(const std::string& code) {
    const int n = numberIn(code);
    if (code == "no_visit_on_record") return tr("No visit on record");
    if (code.rfind("last_visit_", 0) == 0) return tr("Last visit %1 days ago").arg(n);
    if (code.rfind("visits_down_", 0) == 0) return tr("Visits down %1%").arg(n);
    if (code.rfind("payment_failed_x", 0) == 0) return tr("Failed payments in 90 days: %1").arg(n);
    if (code == "latest_payment_failed") return tr("Latest payment failed");
    if (code.rfind("engagement_down_", 0) == 0) return tr("Engagement down %1%").arg(n);
    if (code.rfind("support_tickets_x", 0) == 0) return tr("Support tickets in 90 days: %1").arg(n);
    if (code == "detractor") return tr("Low NPS or a 1-2 star review");
    return QString::fromStdString(code);
}

QString timelineKind(const std::string& kind) {
    if (kind == "visit") return tr("Visit");
    if (kind == "event") return tr("Event");
    if (kind == "task") return tr("Task");
    if (kind == "review") return tr("Review");
    if (kind == "lead") return tr("Lead");
    if (kind == "note") return tr("Note");
    if (kind == "edit") return tr("Edit");
    return QString::fromStdString(kind);
}

QString eventType(const std::string& code) {
    if (code == "visit_logged") return tr("Visit logged");
    if (code == "check_in") return tr("Checked in");
    if (code == "class_attended") return tr("Class attended");
    if (code == "appointment_booked") return tr("Appointment booked");
    if (code == "booking_cancelled") return tr("Booking cancelled");
    if (code == "no_show") return tr("No-show");
    if (code == "payment_failed") return tr("Payment failed");
    if (code == "payment_succeeded") return tr("Payment succeeded");
    if (code == "refund_initiated") return tr("Refund initiated");
    if (code == "message_received") return tr("Message received");
    if (code == "ticket_created") return tr("Ticket created");
    if (code == "nps_submitted") return tr("NPS submitted");
    if (code == "review_posted") return tr("Review posted");
    if (code == "lead_created") return tr("Lead created");
    if (code == "app_opened") return tr("App opened");
    if (code == "trial_started") return tr("Trial started");
    if (code == "membership_changed") return tr("Membership changed");
    return readable(code);
}

QString membership(const std::string& code) {
    if (code == "active") return tr("Active");
    if (code == "trial") return tr("Trial");
    if (code == "frozen") return tr("Frozen");
    if (code == "cancelled") return tr("Cancelled");
    if (code == "prospect") return tr("Prospect");
    return QString::fromStdString(code);
}

QString mergeReason(const std::string& code) {
    if (code == "name_birthday") return tr("Same name and birthday");
    if (code == "similar_email") return tr("Similar email");
    return readable(code);
}

QString money(std::int64_t cents) {
    return QStringLiteral("$") + QLocale().toString(static_cast<double>(cents) / 100.0, 'f', 2);
}

QString when(Timestamp t) {
    return QLocale().toString(DisplayText::toDateTime(t).toLocalTime(), QLocale::ShortFormat);
}

QString value(const std::string& field, const std::string& raw) {
    if (raw.empty()) return {};
    if (field == "consent_sms" || field == "consent_email") return raw == "1" ? tr("Yes") : tr("No");
    if (field == "membership_status") return membership(raw);
    if (field == "tags" && raw == "[]") return {};
    std::int64_t number = 0;
    const bool numeric = std::from_chars(raw.data(), raw.data() + raw.size(), number).ec == std::errc();
    if (field == "lifetime_value_cents" && numeric) return money(number);
    if (field == "last_activity_at" && numeric) return when(Timestamp(std::chrono::milliseconds(number)));
    return QString::fromStdString(raw);
}

}  // namespace outpost::ui::CustomerText
