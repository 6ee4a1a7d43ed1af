// UserTableModel and AuditTableModel under QAbstractItemModelTester, and what their cells say.

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include "fake_admin_api.h"
#include "ui/settings/audit_table_model.h"
#include "ui/settings/user_table_model.h"

namespace outpost::ui {
namespace {

using testing::makeEntries;
using testing::makeEntry;
using testing::makeOrg;
using testing::makeUser;
using testing::makeUsers;

class ModelTesterMessages {
  public:
    ModelTesterMessages() {
        s_messages.clear();
        m_previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext& context, const QString& text) {
            if (context.category && QByteArray(context.category).startsWith("qt.modeltest")) s_messages << text;
        });
    }
    ~ModelTesterMessages() { qInstallMessageHandler(m_previous); }
    [[nodiscard]] QStringList messages() const { return s_messages; }

  private:
    static inline QStringList s_messages;
    QtMessageHandler m_previous;
};

class SettingsModelsTest : public ::testing::Test {
  protected:
    void SetUp() override { directory.reset(makeOrg()); }
    LocationDirectory directory;
};

TEST_F(SettingsModelsTest, UserTableModelPassesTheModelTester) {
    ModelTesterMessages messages;
    UserTableModel model(directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(UserTableModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    proxy.sort(UserTableModel::RoleColumn);

    model.resetUsers(makeUsers());
    EXPECT_EQ(model.rowCount(), 5);
    AdminUser changed = *model.find(5);
    changed.disabled = true;
    model.upsert(changed);
    model.upsert(makeUser(6, "new.desk", "New Desk", Role::front_desk, {}, {"loc-b"}));
    EXPECT_EQ(model.rowCount(), 6);
    model.locationsChanged();
    model.resetUsers({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(messages.messages().isEmpty()) << messages.messages().join(QLatin1Char('\n')).toStdString();
}

TEST_F(SettingsModelsTest, UserTableModelSaysWhoMaySeeWhat) {
    UserTableModel model(directory);
    auto users = makeUsers();
    users[4].disabled = true;
    model.resetUsers(users);
    auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    EXPECT_EQ(cell(0, UserTableModel::NameColumn), QStringLiteral("Alex Admin"));
    EXPECT_EQ(cell(0, UserTableModel::RoleColumn), QStringLiteral("Corporate admin"));
    EXPECT_EQ(cell(0, UserTableModel::ScopeColumn), QStringLiteral("All locations"));
    EXPECT_EQ(cell(0, UserTableModel::MfaColumn), QStringLiteral("On"));
    EXPECT_EQ(cell(2, UserTableModel::ScopeColumn), QStringLiteral("Regions: Central"));
    EXPECT_EQ(cell(3, UserTableModel::ScopeColumn), QStringLiteral("Riverside"));
    EXPECT_EQ(cell(4, UserTableModel::ScopeColumn), QStringLiteral("Riverside, Harbor Point"));
    EXPECT_EQ(cell(4, UserTableModel::StatusColumn), QStringLiteral("Disabled"));
    EXPECT_EQ(cell(3, UserTableModel::StatusColumn), QStringLiteral("Active"));
    EXPECT_TRUE(model.index(4, 0).data(UserTableModel::DisabledRole).toBool());
    EXPECT_EQ(model.index(2, 0).data(UserTableModel::UserIdRole).toLongLong(), 3);
    EXPECT_EQ(model.headerData(UserTableModel::MfaColumn, Qt::Horizontal).toString(), QStringLiteral("Second factor"));
}

TEST_F(SettingsModelsTest, AuditTableModelPassesTheModelTesterThroughPages) {
    ModelTesterMessages messages;
    AuditTableModel model(directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.resetEntries(makeEntries(400, 200));
    EXPECT_EQ(model.rowCount(), 200);
    EXPECT_EQ(model.oldestSeq(), 201);
    auto older = makeEntries(202, 100);  // two entries overlap the first page
    model.appendEntries(older);
    EXPECT_EQ(model.rowCount(), 298);
    EXPECT_EQ(model.oldestSeq(), 103);
    model.appendEntries({});
    model.locationsChanged();
    model.resetEntries({});
    EXPECT_FALSE(model.oldestSeq().has_value());
    EXPECT_TRUE(messages.messages().isEmpty()) << messages.messages().join(QLatin1Char('\n')).toStdString();
}

TEST_F(SettingsModelsTest, AuditTableModelShowsEachColumnForPeople) {
    AuditTableModel model(directory);
    AuditEntry offline = makeEntry(7, "review.reply", "loc-b");
    offline.deviceTime = offline.at - std::chrono::hours(2);
    AuditEntry noLocation = makeEntry(6, "login", "");
    noLocation.details = Json::object();
    model.resetEntries({offline, noLocation});
    auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    EXPECT_EQ(cell(0, AuditTableModel::ActorColumn), QStringLiteral("admin"));
    EXPECT_EQ(cell(0, AuditTableModel::ActionColumn), QStringLiteral("review.reply"));
    EXPECT_EQ(cell(0, AuditTableModel::LocationColumn), QStringLiteral("Harbor Point"));
    EXPECT_EQ(cell(0, AuditTableModel::SubjectColumn), QStringLiteral("user:7"));
    EXPECT_EQ(cell(0, AuditTableModel::DetailsColumn), QStringLiteral("locations=[loc-a], role=front_desk"));
    EXPECT_EQ(cell(1, AuditTableModel::LocationColumn), QString());
    EXPECT_EQ(cell(1, AuditTableModel::DetailsColumn), QString());
    // 14:53 UTC in the viewer's own zone, with seconds.
    const QString local = QDateTime(QDate(2026, 11, 24), QTime(14, 53), QTimeZone::utc())
                              .toTimeZone(QTimeZone::systemTimeZone())
                              .time()
                              .toString(QStringLiteral("HH:mm:ss"));
    EXPECT_TRUE(cell(0, AuditTableModel::TimeColumn).endsWith(local)) << cell(0, 0).toStdString();
    EXPECT_TRUE(model.index(0, 0).data(AuditTableModel::OfflineRole).toBool());
    EXPECT_TRUE(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("offline")));
    EXPECT_EQ(model.index(1, 0).data(AuditTableModel::SeqRole).toLongLong(), 6);
}

}  // namespace
}  // namespace outpost::ui
