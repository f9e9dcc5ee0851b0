// pipe2 and posix_spawn_file_actions_addclosefrom_np are GNU extensions, which the Swift Glibc module
// does not show.
#define _GNU_SOURCE
#include "CProcessSpawn.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <unistd.h>

int mpcheck_spawn_piped(const char *path, char *const argv[], char *const envp[], pid_t *pid, int *to_child,
                        int *from_child) {
    int input[2], output[2];
    // Close-on-exec from the start: a child started by another thread at the same moment must not
    // inherit these ends.
    if (pipe2(input, O_CLOEXEC) != 0) {
        return errno;
    }
    if (pipe2(output, O_CLOEXEC) != 0) {
        int error = errno;
        close(input[0]);
        close(input[1]);
        return error;
    }
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    sigset_t defaults, mask;
    int error = posix_spawn_file_actions_init(&actions);
    if (error == 0) {
        error = posix_spawnattr_init(&attributes);
        if (error == 0) {
            posix_spawn_file_actions_adddup2(&actions, input[0], STDIN_FILENO);
            posix_spawn_file_actions_adddup2(&actions, output[1], STDOUT_FILENO);
            posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
            // Descriptors that are not close-on-exec (an output file, some inherited from our own
            // parent) stay out of the child as well.
            posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
            sigemptyset(&defaults);
            sigaddset(&defaults, SIGPIPE);
            sigemptyset(&mask);
            posix_spawnattr_setsigdefault(&attributes, &defaults);
            posix_spawnattr_setsigmask(&attributes, &mask);
            posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
            error = posix_spawn(pid, path, &actions, &attributes, argv, envp);
            posix_spawnattr_destroy(&attributes);
        }
        posix_spawn_file_actions_destroy(&actions);
    }
    close(input[0]);
    close(output[1]);
    if (error != 0) {
        close(input[1]);
        close(output[0]);
        return error;
    }
    *to_child = input[1];
    *from_child = output[0];
    return 0;
}

int mpcheck_die_with_parent(void) {
    return prctl(PR_SET_PDEATHSIG, SIGKILL) == 0 ? 0 : errno;
}
