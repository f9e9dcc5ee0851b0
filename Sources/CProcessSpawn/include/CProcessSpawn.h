#ifndef MPCHECK_CPROCESSSPAWN_H
#define MPCHECK_CPROCESSSPAWN_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` (both NULL-terminated) as a child whose standard input and output
/// are pipes to this process and whose standard error is /dev/null. The child gets no other descriptor of
/// this process, takes the default action for SIGPIPE and blocks no signal.
/// On success returns 0 and sets `*pid`, `*to_child` (write end of the child's standard input) and
/// `*from_child` (read end of its standard output), which the caller closes; both are close-on-exec.
/// On failure returns an errno value and leaves nothing open.
int mpcheck_spawn_piped(const char *path, char *const argv[], char *const envp[], pid_t *pid, int *to_child,
                        int *from_child);

/// Asks Linux to kill this process with SIGKILL when the thread that started it ends (its parent exits or
/// is killed). Returns 0, or an errno value.
int mpcheck_die_with_parent(void);

#endif
