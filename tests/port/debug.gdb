# Batch script for tests/port/debug_me.c: make debug has already stopped at main.
next
printf "answer = %d\n", answer
break twice
continue
bt
