// outpost-admin as a person runs it: init a site, verify the audit chain, notice tampering.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>

#include "store/schema.h"
#include "support/temp_dir.h"

namespace outpost {
namespace {

struct CliRun {
    int exit_code = -1;
    std::string output;
};

CliRun admin(const std::string& args) {
    const std::string command = std::string("env -u OUTPOST_PASSPHRASE ") + OUTPOST_ADMIN_PATH + " " + args + " 2>&1";
    CliRun run;
    FILE* p = ::popen(command.c_str(), "r");
    if (!p) return run;
    char buf[512];
    while (std::fgets(buf, sizeof buf, p)) run.output += buf;
    const int status = ::pclose(p);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::string secret_file(const testing::TempDir& dir, const std::string& name, const std::string& text) {
    const std::string path = dir.file(name);
    std::ofstream(path) << text << '\n';
    ::chmod(path.c_str(), 0600);
    return path;
}

TEST(AdminCli, InitCreatesCertificateStoreAndAdminThenAuditVerifyCatchesTampering) {
    testing::TempDir dir;
    const std::string pass = secret_file(dir, "passphrase", "store passphrase for the test");
    const std::string admin_pass = secret_file(dir, "admin-password", "administrator phrase 1");
    const std::string store = dir.file("engine.db");
    const std::string common = " --store " + store + " --passphrase-file " + pass;

    CliRun init = admin("init --dir " + dir.file("tls") + " --name localhost" + common + " --admin-password-file " +
                     admin_pass + " --admin chief --admin-name Chief");
    ASSERT_EQ(init.exit_code, 0) << init.output;
    EXPECT_NE(init.output.find("otpauth://totp/Outpost:chief"), std::string::npos) << init.output;
    EXPECT_NE(init.output.find("SHA-256"), std::string::npos) << init.output;

    CliRun again = admin("init --dir " + dir.file("tls2") + " --name localhost" + common + " --admin-password-file " +
                      admin_pass);
    EXPECT_NE(again.exit_code, 0);
    EXPECT_NE(again.output.find("already has users"), std::string::npos) << again.output;

    CliRun intact = admin("audit verify" + common);
    EXPECT_EQ(intact.exit_code, 0) << intact.output;
    EXPECT_NE(intact.output.find("intact: 1 entries checked"), std::string::npos) << intact.output;

    {
        auto db = store::open_engine_store(store, "store passphrase for the test", store::OpenMode::open_existing);
        ASSERT_TRUE(db.ok()) << db.error().message;
        ASSERT_TRUE(db->exec("UPDATE audit_log SET actor = 'someone else' WHERE seq = 1").ok());
    }
    CliRun broken = admin("audit verify" + common);
    EXPECT_EQ(broken.exit_code, 4) << broken.output;
    EXPECT_NE(broken.output.find("BROKEN at entry 1"), std::string::npos) << broken.output;

    CliRun wrong = admin("audit verify --store " + store + " --passphrase-file " + admin_pass);
    EXPECT_EQ(wrong.exit_code, 3) << wrong.output;
    EXPECT_NE(wrong.output.find("wrong passphrase"), std::string::npos) << wrong.output;
}

}  // namespace
}  // namespace outpost
