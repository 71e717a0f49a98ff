#!/bin/bash
# mkprompt.sh NAME PREFIX "organisation and town" "document mix" > p-NAME.txt
name=$1; prefix=$2; org=$3; mix=$4
cat "$(dirname "$0")/WRITER.md"
cat <<X

## Your task
FOLDER: ${SETS:-/work/sets}/$name
Document ids: $prefix-01 … $prefix-12 (12 documents; the "### <id> <kind>" line gives each id).
Organisation and town: $org
Document mix: $mix
Conventions decided in round 17 (apply them): a person's user id or login name is marked x (neutral), not n;
an IP address is i only when the text ties it to a person (a customer's or employee's connection or login),
addresses of equipment and services are left unmarked, and where the text cannot tell, x; a meter id, property
designation or plate of an organisation (Brf, AB, förening, kommun) is x.
At least a third of the names should be in forms other than "Firstname Lastname" in running prose (initials,
lone surnames after roles, lone first names, surname-first, capitals, table cells, signatures).
X
