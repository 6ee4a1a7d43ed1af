#pragma once
// A program run as a child process by the process-level tests: started with posix_spawn, its
// standard output and error read line by line on a thread, waited for with a timeout, and killed
// with SIGKILL and reaped on every path (the destructor does it when a test fails half way).

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace outpost::testing {

class ChildProcess {
public:
    // `env` entries ("NAME=value") are added to (or replace those of) this process's environment.
    ChildProcess(const std::string& program, const std::vector<std::string>& args,
                 const std::vector<std::string>& env = {}) {
        int out[2];
        if (::pipe2(out, O_CLOEXEC) != 0) return;  // no other child inherits this pipe
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
        posix_spawn_file_actions_adddup2(&actions, out[1], STDERR_FILENO);

        std::vector<std::string> argv_text{program};
        argv_text.insert(argv_text.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& a : argv_text) argv.push_back(a.data());
        argv.push_back(nullptr);

        std::vector<std::string> env_text;
        for (char** e = environ; e && *e; ++e) {
            const std::string entry(*e);
            const auto name = entry.substr(0, entry.find('=') + 1);
            bool replaced = false;
            for (const auto& extra : env) replaced = replaced || extra.rfind(name, 0) == 0;
            if (!replaced) env_text.push_back(entry);
        }
        env_text.insert(env_text.end(), env.begin(), env.end());
        std::vector<char*> envp;
        for (auto& e : env_text) envp.push_back(e.data());
        envp.push_back(nullptr);

        const int spawned = ::posix_spawn(&m_pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
        posix_spawn_file_actions_destroy(&actions);
        ::close(out[1]);
        if (spawned != 0) {
            m_pid = -1;
            ::close(out[0]);
            return;
        }
        m_fd = out[0];
        m_reader = std::thread([this] { read_output(); });
    }

    ~ChildProcess() {
        kill();
        if (m_reader.joinable()) m_reader.join();
        if (m_fd >= 0) ::close(m_fd);
    }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    [[nodiscard]] bool started() const { return m_pid > 0; }
    [[nodiscard]] pid_t pid() const { return m_pid; }

    // The next line not taken yet, waiting up to `timeout` for it; nothing when the output ended
    // (the child exited) or the time ran out.
    std::optional<std::string> next_line(std::chrono::milliseconds timeout) {
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, timeout, [this] { return m_taken < m_lines.size() || m_eof; });
        if (m_taken < m_lines.size()) return m_lines[m_taken++];
        return std::nullopt;
    }

    // Takes lines until one satisfies `match` and answers it; nothing when the output ended or
    // `timeout` passed first.
    std::optional<std::string> wait_for_line(const std::function<bool(const std::string&)>& match,
                                             std::chrono::milliseconds timeout) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (true) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0) return std::nullopt;
            auto line = next_line(left);
            if (!line) return std::nullopt;
            if (match(*line)) return line;
        }
    }

    // Everything the child printed so far (all of it once the child was reaped).
    [[nodiscard]] std::string output() {
        std::lock_guard lock(m_mutex);
        std::string all;
        for (const auto& l : m_lines) all += l + "\n";
        return all;
    }

    // Waits for the child to end: its exit code, or minus the signal that ended it. When it does
    // not end within `timeout` it is killed and nothing is answered.
    std::optional<int> wait_exit(std::chrono::milliseconds timeout) {
        if (m_pid <= 0) return std::nullopt;
        if (!m_reaped) {
            std::unique_lock lock(m_mutex);
            // The child's output closes when it exits: no other process holds the pipe.
            if (!m_changed.wait_for(lock, timeout, [this] { return m_eof; })) {
                lock.unlock();
                kill();
                return std::nullopt;
            }
        }
        reap();
        return m_status;
    }

    // SIGKILL (when still running), then reaps it. Answers how it ended.
    int kill() {
        if (m_pid > 0 && !m_reaped) ::kill(m_pid, SIGKILL);
        reap();
        return m_status;
    }

    // The signal is sent, the child is not waited for (its output still closes when it is gone).
    void signal(int sig) {
        if (m_pid > 0 && !m_reaped) ::kill(m_pid, sig);
    }

private:
    void reap() {
        if (m_pid <= 0 || m_reaped) return;
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
        m_reaped = true;
        m_status = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? -WTERMSIG(status) : -1;
        // Its output closes with it: read to the end, so output() holds all of it.
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, std::chrono::seconds(5), [this] { return m_eof; });
    }

    void read_output() {
        std::string partial;
        char buffer[4096];
        while (true) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            partial.append(buffer, static_cast<std::size_t>(n));
            std::vector<std::string> complete;
            for (auto end = partial.find('\n'); end != std::string::npos; end = partial.find('\n')) {
                complete.push_back(partial.substr(0, end));
                partial.erase(0, end + 1);
            }
            if (!complete.empty()) {
                std::lock_guard lock(m_mutex);
                m_lines.insert(m_lines.end(), complete.begin(), complete.end());
                m_changed.notify_all();
            }
        }
        std::lock_guard lock(m_mutex);
        if (!partial.empty()) m_lines.push_back(partial);
        m_eof = true;
        m_changed.notify_all();
    }

    pid_t m_pid = -1;
    int m_fd = -1;
    bool m_reaped = false;
    int m_status = -1;
    std::thread m_reader;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::string> m_lines;
    std::size_t m_taken = 0;
    bool m_eof = false;
};

}  // namespace outpost::testing
