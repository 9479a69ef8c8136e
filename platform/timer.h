/*
 * Timer interrupts: a periodic tick and a one-shot timer, per hart.
 *
 *     static void on_tick(void) { ... }          // runs in the interrupt
 *     kit_timer_periodic(100, on_tick);          // 100 Hz from now on
 *     kit_timer_oneshot(5000000, done);          // done() once, in 5 ms
 *     ... kit_timer_ticks() ...                  // ticks so far
 *     kit_timer_stop();                          // both off
 *
 * Each hart has its own timer (the calling hart's is meant).  A callback
 * runs in the trap handler with interrupts off, on the hart's trap stack
 * (BOARD_TRAP_STACK_SIZE): keep it short, and leave stdio and malloc to
 * the program (newlib is not reentrant here).  It may re-arm or stop the
 * timer; a sleep inside it spins on the counter, since no interrupt can
 * come until it returns.  usleep(), nanosleep() and sleep() wait in wfi for the timer
 * (syscalls/sleep.c); a ticking periodic timer keeps counting meanwhile.
 *
 * The hardware is the board's (BOARD_TIMER): the CLINT's mtimecmp in
 * M-mode, SBI TIME under OpenSBI, the generic timer through the GIC on
 * AArch64 virt.  A board without one answers ENOSYS.
 */
#ifndef KIT_TIMER_H
#define KIT_TIMER_H

#include <stdint.h>
#include <time.h>

/* Call fn (may be NULL: only count) hz times a second until stopped; the
 * first tick comes one period from now.  Restarts the count at 0.
 * 0, or -1 with errno EINVAL (hz 0 or above the counter's rate) or ENOSYS
 * (no timer interrupt on this board). */
int kit_timer_periodic(uint32_t hz, void (*fn)(void));

/* Call fn (may be NULL) once, ns nanoseconds from now; replaces a pending
 * one-shot.  0, or -1 with errno ENOSYS. */
int kit_timer_oneshot(uint64_t ns, void (*fn)(void));

/* Stop the periodic tick and any pending one-shot (sleeps are not
 * affected).  The tick count stays readable. */
void kit_timer_stop(void);

/* Periodic ticks on the calling hart since kit_timer_periodic. */
uint64_t kit_timer_ticks(void);

/* ns as counter ticks, rounded up; 0 when the counter's rate is unknown. */
uint64_t kit_timer_ns_to_ticks(uint64_t ns);

/* Wait in wfi until the counter (platform.h, kit_counter) reaches
 * `deadline`.  0, or -1 with errno ENOSYS (no timer interrupt: the caller
 * may spin instead). */
int kit_timer_sleep_until(uint64_t deadline);

/* nanosleep, usleep and sleep: <time.h> and <unistd.h> (the kit's
 * <time.h>, syscalls/include/time.h, declares nanosleep, which newlib's
 * has only under _POSIX_TIMERS); syscalls/sleep_ns.c. */

#endif
