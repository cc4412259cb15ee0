#!/bin/sh
# embed.sh NAME FILE: print FILE as a C string named NAME.
name=$1
file=$2
printf '/* generated from %s by plugin/embed.sh: do not edit */\n' "$file"
printf 'const char %s[] =\n' "$name"
sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/\t"/' -e 's/$/\\n"/' "$file"
printf ';\n'
