// CEditLine: libedit for Swift.
//
// Swift cannot call C variadic functions, and Swift 6 refuses the C globals
// stdin/stdout/stderr, so this header wraps what KarabakhREPL needs from libedit in
// `static inline` functions with fixed arguments (GRDB does the same for SQLite in
// GRDBSQLite/shim.h).
//
// The signal flags below are `static`: every object file that uses them gets its own
// copy, so call the `ce_signal_*` functions from one Swift file only
// (EditLineReader.swift).

#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

// MARK: - Set-up

/// Selects the user's character encoding, falling back to UTF-8 when it is not UTF-8:
/// libedit drops non-ASCII input unless LC_CTYPE is a UTF-8 locale. Call it before
/// `ce_el_init`. Returns whether LC_CTYPE is now UTF-8.
static inline int ce_setlocale_utf8(void) {
    const char *chosen = setlocale(LC_CTYPE, "");
    if (chosen != NULL) {
        const char *codeset = nl_langinfo(CODESET);
        if (codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) return 1;
    }
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL) return 1;
    if (setlocale(LC_CTYPE, "en_US.UTF-8") != NULL) return 1;
    return 0;
}

/// `el_init` on the process's standard input, output and error.
static inline EditLine *ce_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

// MARK: - el_set / el_get

/// The prompt callback.
typedef char *(*ce_prompt_function)(EditLine *);

/// A key-bound function: returns one of the CC_ codes.
typedef unsigned char (*ce_key_function)(EditLine *, int);

/// `el_set(el, EL_PROMPT, function)`.
static inline int ce_set_prompt(EditLine *el, ce_prompt_function function) {
    return el_set(el, EL_PROMPT, function);
}

/// `el_set(el, EL_EDITOR, mode)`: "emacs" or "vi".
static inline int ce_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/// `el_set(el, EL_SIGNAL, on)`: libedit restores the terminal on signals and
/// follows window size changes while it reads.
static inline int ce_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

/// `el_set(el, EL_HIST, history, h)`.
static inline int ce_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/// `el_set(el, EL_CLIENTDATA, data)`.
static inline int ce_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

/// `el_get(el, EL_CLIENTDATA, &data)`; NULL when unset.
static inline void *ce_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

/// `el_set(el, EL_ADDFN, name, help, function)`.
static inline int ce_add_function(EditLine *el, const char *name, const char *help, ce_key_function function) {
    return el_set(el, EL_ADDFN, name, help, function);
}

/// `el_set(el, EL_BIND, key, command, NULL)`.
static inline int ce_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}

/// The terminal's width in columns as libedit knows it (`el_get(el, EL_GETTC, "co", …)`),
/// or 80.
static inline int ce_columns(EditLine *el) {
    int columns = 0;
    if (el_get(el, EL_GETTC, "co", &columns, NULL) != 0 || columns <= 0) return 80;
    return columns;
}

/// An empty prompt, for a prompt callback that has nothing to show.
static inline char *ce_empty_prompt(void) {
    static char empty[1] = "";
    return empty;
}

/// Writes text to libedit's output stream and flushes it.
static inline void ce_write(EditLine *el, const char *text) {
    FILE *out = NULL;
    if (el_get(el, EL_GETFP, 1, &out) != 0 || out == NULL) return;
    fputs(text, out);
    fflush(out);
}

// MARK: - History

/// `history(h, &event, H_SETSIZE, size)`.
static inline int ce_history_set_size(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}

/// `history(h, &event, H_SETUNIQUE, on)`: no two equal entries in a row.
static inline int ce_history_set_unique(History *h, int on) {
    HistEvent event;
    return history(h, &event, H_SETUNIQUE, on);
}

/// `history(h, &event, H_ENTER, line)`.
static inline int ce_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}

/// `history(h, &event, H_LOAD, path)`: fails on a file without libedit's
/// `_HiStOrY_V2_` header.
static inline int ce_history_load(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_LOAD, path);
}

/// `history(h, &event, H_SAVE_FP, file)`: writes the header and the entries,
/// encoded so that line ends and other blanks survive.
static inline int ce_history_save_fp(History *h, FILE *file) {
    HistEvent event;
    return history(h, &event, H_SAVE_FP, file);
}

/// `history(h, &event, H_GETSIZE)`: the number of entries.
static inline int ce_history_count(History *h) {
    HistEvent event;
    if (history(h, &event, H_GETSIZE) != 0) return 0;
    return event.num;
}

// MARK: - Signals

static volatile sig_atomic_t ce_interrupt_flag = 0;
static volatile sig_atomic_t ce_resize_flag = 0;

static void ce_signal_handler(int signal) {
    if (signal == SIGINT) ce_interrupt_flag = 1;
    if (signal == SIGWINCH) ce_resize_flag = 1;
}

/// Installs handlers that note SIGINT (without SA_RESTART, so a blocked `el_gets`
/// returns with EINTR) and SIGWINCH (with SA_RESTART). Saves the previous handlers
/// in `previous_interrupt` and `previous_resize` when they are not NULL.
static inline int ce_signal_install(struct sigaction *previous_interrupt, struct sigaction *previous_resize) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = ce_signal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    if (sigaction(SIGINT, &action, previous_interrupt) != 0) return -1;
    action.sa_flags = SA_RESTART;
    return sigaction(SIGWINCH, &action, previous_resize);
}

/// Puts back handlers saved by `ce_signal_install`.
static inline void ce_signal_restore(const struct sigaction *interrupt, const struct sigaction *resize) {
    sigaction(SIGINT, interrupt, NULL);
    sigaction(SIGWINCH, resize, NULL);
}

/// Whether SIGINT arrived since the last call; clears the note.
static inline int ce_signal_take_interrupt(void) {
    int noted = ce_interrupt_flag;
    ce_interrupt_flag = 0;
    return noted;
}

/// Whether SIGWINCH arrived since the last call; clears the note.
static inline int ce_signal_take_resize(void) {
    int noted = ce_resize_flag;
    ce_resize_flag = 0;
    return noted;
}

#endif
