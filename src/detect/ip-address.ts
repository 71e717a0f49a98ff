// IP addresses (IPv4 dotted quads, and full IPv6): an IP address can identify a person (EU-domstolen C-582/14 Breyer).
import type { Detector, Finding } from './types.ts';
import { before } from './context.ts';
import { codeAt, numberPass } from './numbers.ts';
import { FIRST_NAMES, SURNAMES } from './name-lexicon.ts';
import { IP_WORD, actorColumn, headerReader, headerRole, personColumn, spacedHeaderCell, underSpacedHeader } from './columns.ts';

// Both patterns are tried (sticky) only at runs of digits from the shared number pass that a dot or colon follows.
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`${OCTET}(?:\\.${OCTET}){3}(?!\\d|\\.\\d)`, 'y');
// Full eight-group IPv6 or one with a "::"; hex groups of 1-4. Bounded repetitions keep it linear.
// (Round 21: a prefix that ends in "::", "2a00:801:52c:3d00::", a customer's delegated network: a first group of four hex
// digits and two more at least, so a time, "10:30:45::", is none.)
const IPV6 = /(?<![\w:])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}(?![\w:])|(?<![\w:])[0-9a-fA-F]{4}:(?:[0-9a-fA-F]{1,4}:){2,6}:(?![\w:])/y;
const SOFTWARE_UPDATE = /uppgrader|uppdater|upgrad|updat|installer|nedgrader|downgrad/;
const NETMASK = /^255\.(?:0|128|192|224|240|248|252|254|255)\.(?:0|128|192|224|240|248|252|254|255)\.(?:0|128|192|224|240|248|252|254|255)$/;
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

// What says whose address it is (issue 15: on text nobody tuned for, dotted numbers that were no one's address made a
// third of the IP findings). The label nearest before the address on its line decides: a person's connection
// ("IP-adress", "inloggning från", "kundens IP", "user=… ip=") or the organisation's equipment ("servern", "host=",
// "gateway", "DNS", "routern"). Numbering and versions never are addresses.
const IP_LABEL = /(?:\bip|ipv[46])(?:[- ]?(?:adress(?:en)?|address|nummer|nr|nr\.))?[\s:=]*$/;
// (Round 20, det-ipver20: a contract's number too, "leasas via SKR Kommentus, avtal 23.4.0.19".)
const NUMBERING = /(?:version(?:en)?|\brev(?:ision)?(?:en)?(?:s?-?historik)?\.?|\bver\.?|\bv\.?|avsnitt|punkt|kapitel|kap\.|bilaga|release|build|firmware|\bfw|mjukvara|programvara|\bapp(?:en|ens)?|klient|client|drivrutin|driver|serie(?:nummer|nr)?|s\/n|\bsn|artikel\w*|art\.? ?nr|modell|lagrum|§|paragraf|figur|\bfig\.|tabell|bild|steg|moment|\bkl\.?|klockan|\btid|\boid|referens|\bref\.?|\bnr\.?|nummer|\bnummer|\bid|\bavtal(?:et|snr\.?)?|kontrakt(?:et)?)[\s:=#]*$/;
// A person's own device names the address as theirs ("hennes dator 192.168.1.34", "(kundens mobil)" after it).
// "Hemma-IP", "hemmadatorn": a person's home connection.
// Round 14 (det-chat14): a submission's record ("inkommen via e-tjänst 2025-01-12 09:14, IP 91.…", "inskickad",
// "signerad") logs the sender's connection, whatever service word ("e-tjänst") stands in it.
const PERSONAL = /inkom|inskick|insänd|signerad|hemma|(?:hennes|hans|deras|\bsin|\bmin|kundens|användarens|elevens|abonnentens|brukarens|klientens)[ \u00a0]+(?:hem)?(?:dator|mobil(?:telefon)?|telefon|laptop|surfplatta|platta|ipad|enhet)|\bip\b|ip-?adress|ipv4|\bfrån|\bfrom\b|inlogg|loggade|logga[dr]? in|login|logon|kund|användar|\buser|client|klient|\bsrc\b|source|remote|besök|avsändar|anslut|anslöt|åtkomst|subject|session|ombud|abonnent|sökande|medlem/g;
// Round 21 (det-ip21): a domain or a link hosted on the address ("hostad på", "hosted on": "host" above) or resolving to
// it ("resolves to", "pekar på"): the address is the server's that serves it.
// Round 21 (det-ip21): an address that is a setting's value – a default, a factory setting, a configured value
// ("Standardadressen är 192.168.0.1", "konfigureras med …"): a device's; a person word after it on the line still wins.
// Round 15 (det-ipveh15): also a config key's part ("syslog_host="), a storage box ("NAS"), a cluster's node, the
// metering chain ("mätinsamling", "mätaren", a sensor) and cameras in the plural ("kamerorna").
// The organisation as the owner ("Kommunens publika adress", "vår webbserver"): its own address, not a person's; a
// person word after it on the line still wins ("vår kund loggade in från …").
const INFRA = /kommunens|regionens|förvaltningens|myndighetens|bolagets|företagets|organisationens|\bvår|\bvårt|\bvåra|server|servrar|(?:\b|_)host|gateway|\bnas\b|\bnod(?:en|er|erna)?\b|mätinsaml|mätar|givare|sensor|kamer|\bgw\b|\bdns|router|brandvägg|firewall|proxy|\bntp|switch|skrivar|printer|\bnät|subnät|subnet|vlan|dhcp|lastbalans|balancer|databas|upstream|\bdst\b|destination|backend|accesspunkt|camera|styrsystem|scada|\bplc|intern|tjänst|webbplats|\bsmtp|\bimap|\bvpn|\brelay|\/\/$|resolv|pekar[ \u00a0]+(?:nu[ \u00a0]+)?(?:på|mot|till)|points?[ \u00a0]+to|standardadress|standard-?ip|standardgateway|standardvärde|\bdefault|förvald|fabriksinställ|inställning|konfigur|configur|\bsettings?\b/g;
const PERSON_AFTER = /^[\s,]*\((?:hennes|hans|deras|kundens|användarens|elevens|abonnentens|brukarens|klientens)[ \u00a0]+(?:hem)?(?:dator|mobil(?:telefon)?|telefon|laptop|surfplatta|platta|ipad|enhet|router|uppkoppling|anslutning)/;
/** Whether a person's own device is named right after the address at `end` ("(kundens mobil)"; PERSON_AFTER). */
const personDeviceAfter = (text: string, end: number): boolean => PERSON_AFTER.test(text.slice(end, end + 40).toLowerCase());
// A log's next field ("client: X, server: Y", nginx) is a key, not a description of the address before it.
// (Round 21: or a rented machine's, "(VPS, NL)", "(hosting, DE)", "(datacenter i Frankfurt)", "(molntjänst)".)
const INFRA_AFTER = /^[\s,]*(?:\n[\s>]*)?\(?(?:vår|vårt|våra|intern|server|servern|routern|gateway|brandväggen|skrivaren|dns|ntp|proxy|vps|vds|hosting|webbhotell|data ?cent(?:er|re)|molntjänst|cloud)(?![:=])/;
// Round 20 (det-ip20): the equipment of the sectors Insyn serves, as the prose of a field report or a ticket names it,
// compounds included ("laddstolpen", "nätstationens RTU", "undercentralens DUC", "modemet i pumpstationen"): energy
// (meters, concentrators, substations and their RTU or IED), district heating (sub-centrals), water (pumping stations,
// treatment works), EV charging, fibre, transport (machines on a street or a bus), property (access control, building
// automation) and IT. Written from the domain, not from a set: on fresh text most false IP findings had no person word
// and none of the equipment words above. Read only on a line's prose, not in a header: "Enhet" or "Station" is as often
// an organisational unit's column in a log of people's actions.
const EQUIPMENT = 'laddstolp|laddbox|laddpunkt|laddplats|laddstation|laddningsstation|laddare|laddaren|laddinfra|stolpen|stolparna|' +
  'elmätar|mätare|koncentrator|insamlingsenhet|nätstation|fördelningsstation|mottagningsstation|transformator|ställverk|' +
  '\\brtu\\b|\\bied\\b|\\bhmi\\b|undercentral|fjärrvärmecentral|värmecentral|pumpstation|tryckstegring|reningsverk|vattenverk|' +
  'reservoar|modem|passersystem|kortläsare|porttelefon|fastighetsautomation|\\bduc\\b|styrenhet|styrskåp|apparatskåp|' +
  // (Not "enhet" or "device" alone: a login record's "Enhet: iPhone 13" and "device=" are a person's own; the unit an
  // address is given to is the equipment, "tilldelad adress för enheten".)
  'utrustning|(?:för|till|på)[ \\u00a0]enhete[nr]\\b|\\bstation(?:en|er|erna|ens)?\\b|aggregat|värmepump|växelriktare|inverter|' +
  'automat(?:en|er|erna|ens)?\\b|biljettmaskin|validator|fordonsdator|ombordenhet|basstation|radiolänk|\\bolt\\b|' +
  'larmcentral|larmpanel|\\bcharger|charge ?point|chargebox|\\bevse\\b|substation|\\bmeter\\b|controller|appliance|' +
  // The protocols that only machines speak: charging points (OCPP), meters (DLMS, M-Bus, LoRaWAN), substations and plants
  // (IEC 60870-5-104, IEC 61850, DNP3, Modbus), buildings (BACnet), network management (SNMP).
  // A DHCP reservation is made for a device, never for a person's connection.
  'ip-reservation|dhcp-reservation|' +
  '\\bocpp|\\bdlms|\\bm-?bus\\b|lorawan|\\biec[ -]?(?:104|61850|60870)|\\bdnp3|modbus|bacnet|\\bsnmp';
const INFRA_PROSE = new RegExp(`${INFRA.source}|${EQUIPMENT}`, 'g');
const EQUIPMENT_ALL = new RegExp(EQUIPMENT, 'g');
// Words that give a connection's direction or kind, a machine's as well as a person's ("OCPP-anslutning från …",
// "connected from …"): on a line that names the sectors' equipment they do not make the address a person's.
const WEAK_PERSONAL = /\bfrån|\bfrom\b|anslut|anslöt|connect|åtkomst|\bsrc\b|source|remote|\bip\b|ip-?adress|ipv4/g;
const EQUIPMENT_WORD = new RegExp(EQUIPMENT);
// A person's possessive before an equipment word makes the equipment that person's ("kundens router", "hennes laddbox",
// "kundrouter"): no label of the organisation's own.
const POSSESSIVE_BEFORE = /(?:kundens|användarens|abonnentens|hyresgästens|medlemmens|elevens|brukarens|klientens|patientens|sökandens|hennes|hans|deras|\bsin|\bsitt|\bsina|\bmin|\bmitt|\bmina|\bdin|\bditt|\bdina|privata?|\begen|\beget|\begna)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?$/u;
const PERSON_PREFIX = /kund|privat|hem/;
// The log line after an address names the user ("10.1.2.3 login ok user=kalle"), or the address opens an access-log
// line ("10.1.2.3 - pia [04/Mar/2026:…]": remote host, identity, user, time): the client's connection. Read only up to
// the line's end, at most 100 characters on.
// Round 13: or a login is what the line after it records ("| 192.168.1.34 | inloggning", "… logged in").
const CLIENT_AFTER = /^(?: [^\s]{1,40} [^\s]{1,64} \[|[^\n]*?\b(?:user|username|uid|subject|användare|anv|kund|kundnr|login)[=:]|[\s|;,]{1,6}(?:inloggning|inloggad|loggade in|login ok|logged in|logon))/;
// A range's other end is an address too ("10.1.1.1–10.1.1.254", "10.1.1.1 – 254"); a status code and a dash before
// it are a log's fields ("… HTTP/1.1" 200 - 83.251.17.40", round 13).
const RANGE_AFTER = /^[ \u00a0]?[-–][ \u00a0]?\d/;
const RANGE_BEFORE = /\d\.\d{1,3}[ \u00a0]?[-–][ \u00a0]?$/;

// Round 21 (det-ip21): a range in words, "från 83.241.10.10 till 83.241.10.250" among addresses handed out ("adresser",
// "pool", "DHCP"), or "mellan 91.150.3.20 och 91.150.3.99": a pool of a network, both ends in the same /24 and rising,
// no one's connection. (A change of one person's address, "bytt från … till …", names no pool.)
const RANGE_TO_AFTER = /^[ \u00a0]+(?:till|to|through|t\.o\.m\.?)[ \u00a0]+((?:\d{1,3}\.){3}\d{1,3})(?!\d|\.\d)/;
const RANGE_TO_BEFORE = /((?:\d{1,3}\.){3}\d{1,3})[ \u00a0]+(?:till|to|through|t\.o\.m\.?)[ \u00a0]+$/;
const BETWEEN_AFTER = /^[ \u00a0]+(?:och|and)[ \u00a0]+((?:\d{1,3}\.){3}\d{1,3})(?!\d|\.\d)/;
const POOL_WORD = /adresser|addresses|\bpool|\brange|intervall|spann|\bscope|dhcp|ip-serie/;
/** Whether the quad at [s, end) is an end of a range written in words, with its other end in the same /24. */
function wordRange(text: string, end: number, quad: string, line: string): boolean {
  const net = (q: string): string => q.slice(0, q.lastIndexOf('.'));
  const host = (q: string): number => Number(q.slice(q.lastIndexOf('.') + 1));
  const after = text.slice(end, end + 24);
  const to = RANGE_TO_AFTER.exec(after);
  const pool = POOL_WORD.test(`${line} ${after.toLowerCase()}`);
  if (to && pool && net(to[1]!) === net(quad) && host(to[1]!) > host(quad)) return true;
  const from = RANGE_TO_BEFORE.exec(line);
  if (from && pool && net(from[1]!) === net(quad) && host(from[1]!) < host(quad)) return true;
  const and = BETWEEN_AFTER.exec(after);
  return and !== null && /(?:mellan|between)[ \u00a0]+$/.test(line) && net(and[1]!) === net(quad) && host(and[1]!) > host(quad);
}
// Round 21 (det-ip21): the address as the agent of a machine's work on data ("virusskannad av 172.16.8.40", "filtrerades
// av", "scanned by", "vidarebefordrad av", "cached by"): scanning, filtering, forwarding, caching, replicating, encrypting
// are a machine's actions, not a person's connection.
const MACHINE_AGENT = /(?:skann|scann|filtrer|filtered|vidarebefordr|forwarded|proxad|proxied|cachad|cached|indexer|indexed|replikera|replicated|synkad|synkronis|synced|relayed|komprimer|compressed|krypterad|encrypted|routad|routed|natad|translated)\w*[ \u00a0]+(?:av|by)[ \u00a0]*$/;

/** The last index of a match of a global regex in `s`, or -1. */
function lastAt(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index;
  return at;
}

/**
 * The last equipment word on a line piece, or -1; not one that a number continues ("vpn01", "fw-02", "gw1"): that is the
 * host name of the machine that writes the log line ("Jun  3 10:12:01 vpn01 charon: 83.251.17.40 is initiating …"),
 * not a label of the address (round 13).
 */
function lastInfraAt(s: string, re: RegExp = INFRA, owned = false): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    // (Round 20: with `owned`, for a public address, "kundens router", "kundroutern" is the person's own equipment, not
    // the organisation's: its public address is the person's connection. A private one behind it, "kundens router
    // 192.168.1.1", is a home network's inside, no one's connection, as round 7 reads it.)
    if (owned) {
      let w = m.index;
      while (w > 0 && m.index - w < 12 && /\p{L}/u.test(s[w - 1]!)) w--;
      if (PERSON_PREFIX.test(s.slice(w, m.index)) || POSSESSIVE_BEFORE.test(s.slice(Math.max(0, w - 40), w))) continue;
    }
    let e = m.index + m[0].length;
    while (e < s.length && /[a-z]/.test(s[e]!)) e++;
    // (A config key's number is its index, not a host name: "DNS2=195.…", "ntp_server1: …".)
    if (/^-?\d/.test(s.slice(e, e + 2)) && !/^-?\d{1,2}[ \t]*[=:]/.test(s.slice(e, e + 6))) continue;
    at = m.index;
  }
  return at;
}

/** Private, loopback, link-local, shared (carrier-grade NAT), "this network" and multicast/reserved ranges. */
function internal(o: readonly number[]): boolean {
  const [a, b] = o as [number, number];
  return a === 10 || a === 127 || a === 0 || a >= 224 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) ||
    (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
}

/**
 * Whether a dotted quad is read as someone's IP address, and whether a word says it is a person's connection
 * (undefined: not an address of a person).
 */
function ipv4Evidence(text: string, s: number, end: number, quad: string): { personal: boolean } | undefined {
  const line = lineBefore(text, s);
  // The labels are read at the end of the line before the address (anchored patterns tried at every position of a
  // short tail only).
  const tail = line.length > 24 ? line.slice(-24) : line;
  // "IP 10.44.8.119 (internt nät)": the organisation's own network, whatever the label. A private address after the
  // label is a device in a network, a person's only when its line names the user or the person's device ("login ok
  // user=… ip=10.…", "(hennes dator)"): a system log's "healthcheck ok ip=10.…" and an export's footer "IP 10.…" are the
  // organisation's machines (the corpus's convention: a server's address is neutral, a staff workstation's unmarked;
  // round 15: a workstation's address in a row that records a person's action, under a person column, is marked –
  // `personRow`).
  if (IP_LABEL.test(tail)) {
    // Round 20 (det-ip20): an asset's id or host name before the label ("GVL-CP-0117 IP 83.241.7.19", "ns114-rtu, ip:
    // 10.41.17.22"), no person word on the line: the asset's address.
    const label = IP_LABEL.exec(line)!;
    if (lastAt(PERSONAL, line.slice(0, label.index)) < 0 && !personDeviceAfter(text, end) &&
      assetBefore(text, s - (line.length - label.index))) return undefined;
    if (accountOfNoOne(text, end, line)) return undefined;
    if (!internal(quad.split('.').map(Number))) return labelled(line);
    if (INFRA_AFTER.test(glossAfter(text, end))) return undefined;
    return lastAt(PERSONAL, withoutSystemUser(line).replace(IP_LABEL, '')) >= 0 || personDeviceAfter(text, end) ? labelled(line) : undefined;
  }
  // A coordinate in degrees, minutes and seconds with dots ("N 63.49.33.6", "59.19.45.2 N", "WGS84 63.82.58.20"): a
  // compass letter right before or after it, or a word of positions before it on its line (issue 15, round 14).
  if (coordinate(text, s, end, quad, tail)) return undefined;
  // "version 1.2.3.4", "avsnitt 2.1.3.4", "serienummer 12.34.56.78", "kl. 12.30.15.45": numbering, not an address.
  // A client's version ("VPN-klient 4.12.0.255") has a small first part; a public address after "klient" ("Klient
  // 83.250.1.17 loggade in") is the client's connection.
  const numbering = NUMBERING.exec(tail);
  const first = Number(quad.slice(0, quad.indexOf('.')));
  // (Round 20: nor is one that a login or a connection follows, "Klient 5.2.0.118 anslöt till …".)
  // (Round 20, det-klient20: nor a private 10.x address after the word alone, "klient 10.71.14.23", "klient=10.…", "från
  // klient 10.…": a client's version with a first part 10 is rare, and the line's words then decide whose device it is.
  // Not after a compound of a machine's protocol, "NTP-klient", "DHCP-klient", "VPN-klient": that is equipment or a version.)
  if (numbering && !(/klient|client/.test(numbering[0]) && (first > 30 || LOGIN_AFTER.test(text.slice(end, end + 24).toLowerCase()) ||
    (first === 10 && CLIENT_WORD_ALONE.test(tail))))) return undefined;
  // "Appen uppgraderades från 4.12.0.255 till 4.13.0.1", "Uppdatera till 4.12.0.255": a software update names versions,
  // whose first part is small; a public address after "from" in such a line is rare.
  if (first <= 30 && SOFTWARE_UPDATE.test(line)) return undefined;
  if (softwareVersion(text, s, end, quad, line)) return undefined;
  if (NETMASK.test(quad) || /mask\S*[\s:]*$/.test(tail)) return undefined;
  // Round 15 (det-ipveh15): a last part 0 or 255 is a network's own address or its broadcast address ("10.20.4.0",
  // "192.168.1.255"), no device's; a dotted number so written without an IP label is a version stamp ("KundNet
  // 4.12.0.255", "Rev-historik: 4.12.0.255", a report's footer), not anyone's connection.
  const lastPart = quad.slice(quad.lastIndexOf('.') + 1);
  if (lastPart === '0' || lastPart === '255') return undefined;
  // "app=minasidor/4.12.0.255" is a version after a name and a slash; "10.0.0.0/8" is a network range, and so is
  // "10.1.1.1–10.1.1.254".
  // "kernel 5.15.0.91-generic", "1.2.3.4-beta": a version with its suffix.
  // (Round 13: a user and the address of the connection, with its port, in a VPN log is an address:
  // "pia.nord/83.251.17.40:51234"; a version has no port.)
  if ((/[\p{L}\d_-]\/$/u.test(tail) && !/^:\d{1,5}(?!\d)/.test(text.slice(end, end + 7))) || codeAt(text, end) === 47 && /\d/.test(text[end + 1] ?? '') || /^-\p{L}/u.test(text.slice(end, end + 2)) ||
    RANGE_AFTER.test(text.slice(end, end + 4)) || RANGE_BEFORE.test(tail)) return undefined;
  if (wordRange(text, end, quad, line) || MACHINE_AGENT.test(tail)) return undefined;
  const o = quad.split('.').map(Number);
  // Section numbers and versions have small parts ("3.2.1.4", "12.1.3.2"); an address with all four below 21 is
  // one in tens of thousands. The same at the start of a line before a heading word ("4.2.1.3 Ansvar").
  // A cell under an IP column ("tid;användare;ip" … "10.2.3.4"; the first cell of a row too, "10.1.2.3,kalle" under
  // "ip_address,user") is an address whatever its parts.
  if (o.every((x) => x <= 20) && !underIpHeader(text, s, end)) return undefined;
  if (line.trim() === '' && /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) return undefined;
  // (Loopback, "this network", link-local and multicast are never a person's device, whatever the row says.)
  return owner(text, s, end, line, internal(o), o[0] !== 127 && o[0] !== 0 && o[0]! < 224 && !(o[0] === 169 && o[1] === 254));
}

// Round 20 (det-ipver20): a software version of four parts after a product's name with no version word ("Heroma
// 23.1.0.4", "export TOPdesk 11.4.2.36", "Export ur FastPro 6.3.0.217", "Klient Personec P 5.2.0.118"): on the train
// sets most false IP findings left were these. Read from evidence combined, never from the shape alone: the shape of a
// version (a small first part, small second and third, whatever build number last; never a private range's address,
// "10.0.0.5", "192.168.1.20", whose parts are as small) and one more reading – a product's or system's name right before
// it, a word of software on the line, or another version beside it. A person's name right before it ("Anna 5.2.0.118")
// is no product; an address label, "från" or a login word right before it, or a login or a person's device after it,
// keeps it an address.
const SOFTWARE_WORD = /version|\bver\b|\bv\.|\bbuild|release|\bpatch|uppgrader|uppdater|installer|\bklient|\bclient|programvara|mjukvara|firmware|körs[ \u00a0]+på|i[ \u00a0]+drift|\bexport|changelog|ändringslogg/;
const ADDRESS_RIGHT_BEFORE = /(?:\bip(?:-?adress(?:en)?|v4)?|adress|address|\bfrån|\bfrom|\bvia|\bsrc|source|remote|\bklient|\bclient|login|inlogg\w*|logon|\buser|användare|\banv|\bhost|server\w*|\bav|\bby|\bmot|\bto)[\s:=]*$/;
// Up to three words of a name before the number, each opening with a capital (Title-case, CamelCase or capitals), the
// last of them right before it.
const PRODUCT_BEFORE = /(?:^|[\s(])((?:\p{Lu}[\p{L}\d-]*[ \u00a0]+){0,2})(\p{Lu}[\p{L}\d-]*)[ \u00a0]+$/u;
const PERSON_WORD = new RegExp(PERSONAL.source);
// A client word that is no compound's last part ("klient", "client=", not "vpn-klient", "tunnklient"), nor a kind of
// terminal ("thin client", "tunn klient": a device at a till or a desk, whoever uses it).
const CLIENT_WORD_ALONE = /(?<![\p{L}\d-]|\b(?:thin|tunn|zero)[ \u00a0])(?:klient|client)[\s:=#]*$/u;
const LOGIN_AFTER = /^[\s,]*(?:loggade|logga[dr]?|inloggad|login|logon|anslöt|ansluten|connected)/;
const OTHER_VERSION = /(?<![\d.])\d{1,2}\.\d{1,2}\.\d{1,3}\.\d{1,4}(?![\d.])/g;
/** Whether the dotted quad at [s, end) is a software version rather than an address (see above). */
function softwareVersion(text: string, s: number, end: number, quad: string, line: string): boolean {
  const [a, b, c] = quad.split('.').map(Number) as [number, number, number];
  if (a > 30 || a === 10 || b > 20 || c > 20) return false;
  if (ADDRESS_RIGHT_BEFORE.test(line) || CLIENT_AFTER.test(lineAfter(text, end)) ||
    personDeviceAfter(text, end)) return false;
  if (LOGIN_AFTER.test(text.slice(end, end + 24).toLowerCase())) return false;
  // (A cell of a table's IP column is an address whatever stands before it.)
  if (underIpHeader(text, s, end)) return false;
  const written = text.slice(s - line.length, s);
  const product = PRODUCT_BEFORE.exec(written);
  const name = product?.[2];
  const person = name !== undefined && name.length > 1 && name !== name.toUpperCase() &&
    (FIRST_NAMES.has(name) || SURNAMES.has(name)) && !SOFTWARE_WORD.test(line);
  // (Nor is a word for a person, "Besökare 5.2.0.118 kom in", or for equipment a product.)
  if (person || (name !== undefined && (PERSON_WORD.test(name.toLowerCase()) || EQUIPMENT_WORD.test(name.toLowerCase())))) return false;
  if (name !== undefined) return true;
  if (SOFTWARE_WORD.test(line)) return true;
  // Another version beside it on the line: a list of versions or a changelog's "6.3.0.217 → 6.3.0.220".
  OTHER_VERSION.lastIndex = 0;
  const around = text.slice(Math.max(0, s - 40), Math.min(text.length, end + 40));
  if (/\bip\b|ip-?adress|inlogg|login|\bfrån|\bfrom\b/.test(line)) return false;
  let versions = 0;
  for (let m = OTHER_VERSION.exec(around); m; m = OTHER_VERSION.exec(around)) if (Number(m[0].split('.')[0]) !== 10) versions++;
  return versions >= 2;
}

// A compass letter as a coordinate writes it: capital N, S, E, W, Ö, V or O alone, before the number (perhaps after a
// blank) or after it.
const COMPASS_BEFORE = /(?:^|[^\p{L}\d])[NSEWÖVO][ \u00a0]?$/u;
const COMPASS_AFTER = /^[ \u00a0]?[NSEWÖVO](?![\p{L}\d])/u;
// Words that name a position on the earth: the coordinate systems Lantmäteriet uses (SWEREF 99, RT 90, WGS 84), GPS,
// latitude and longitude.
const COORDINATE_WORD = /koordinat|position|\blat(?:itud)?\b|\blong(?:itud)?\b|\blon\b|wgs[ -]?84|sweref|rt[ -]?90|\bgps\b|breddgrad|längdgrad|nord(?:lig)?[ \u00a0]+bredd|östlig[ \u00a0]+längd/;
/**
 * Whether the dotted quad at [s, end) is a coordinate: a word of positions on its line before it; or, where the quad has
 * the shape of degrees (at most 180), minutes and seconds (below 60 each), a compass letter beside it or a word of
 * positions within 80 characters before it, a column's header or a label on the line above ("Koordinater (WGS84)⏎
 * 59.37.17.45").
 */
function coordinate(text: string, s: number, end: number, quad: string, tail: string): boolean {
  if (COORDINATE_WORD.test(tail)) return true;
  const [d, m, sec] = quad.split('.').map(Number) as [number, number, number];
  return d <= 180 && m < 60 && sec < 60 &&
    (COMPASS_BEFORE.test(text.slice(Math.max(0, s - 3), s)) || COMPASS_AFTER.test(text.slice(end, end + 3)) ||
      COORDINATE_WORD.test(before(text, s, 80)));
}

/** An address after the word "IP": a person's unless the line names equipment and no person ("Serverns IP-adress"). */
function labelled(line: string): { personal: true } | undefined {
  return lastInfraAt(line, INFRA_PROSE, true) >= 0 && lastAt(PERSONAL, line.replace(IP_LABEL, '')) < 0 ? undefined : { personal: true };
}

// Round 21 (det-ip21): a sentence wrapped over a line break ("Våra namnservrar har adresserna 195.178.0.53 och⏎
// 195.178.1.53", a quoted mail's "hostad på⏎>    91.215.85.17") is one sentence: its label stands on the line before. A
// line continues the one before when all that stands before the address on it is a quote mark, an indent or a
// conjunction, and the line before does not end a sentence (it ends in a letter or a comma; after a conjunction, in an
// address too). An address that opens its line (a log's row) is its own line's.
const WRAP_OPEN = /^(?:>[ >]*)?[ \t]*(?:(?:och|and|samt|eller|or)[ \t]+)?$/i;
const WRAP_CONJUNCTION = /(?:^|[\s>])(?:och|and|samt|eller|or)[ \t]+$/i;
/** The line before `s` (at most 60 characters), lower-cased; a wrapped sentence's line before it too (a blank for the break). */
function lineBefore(text: string, s: number): string {
  let l = s;
  while (l > 0 && s - l < 60 && text.charCodeAt(l - 1) !== 10) l--;
  const own = text.slice(l, s);
  if (l > 0 && own.length > 0 && own.length <= 12 && text.charCodeAt(l - 1) === 10 && WRAP_OPEN.test(own)) {
    let p = l - 1;
    if (codeAt(text, p - 1) === 13) p--;
    const last = text[p - 1] ?? '';
    if (/[\p{L},]/u.test(last) || (/\d/.test(last) && WRAP_CONJUNCTION.test(own))) {
      let q = p;
      while (q > 0 && s - q < 60 && text.charCodeAt(q - 1) !== 10) q--;
      return text.slice(q, s).replace(/\r?\n/, (m) => ' '.repeat(m.length)).toLowerCase();
    }
  }
  return own.toLowerCase();
}
// Round 21 (det-ip21): a list of addresses ("45.137.22.91 och 45.137.22.94 (VPS, NL)", "62.10.4.1, 62.10.4.2") has one
// gloss after its last address, for all of them; the gloss's words are read after the list.
// What stands between two listed addresses (a comma or slash, a conjunction, blanks, a quote's marks), and whether a gap
// joins at all (one place for glossAfter and listedAfter).
const LIST_GAP = String.raw`^[ \t]*(?:,|\/)?[ \t\r\n>]*(?:(?:och|and|samt|eller|or)[ \t\r\n>]+)?`;
const LIST_NEXT = new RegExp(String.raw`${LIST_GAP}(?:\d{1,3}\.){3}\d{1,3}(?![\d.])`, 'i');
const LIST_GAP_ONLY = new RegExp(`${LIST_GAP}$`, 'i');
const LIST_JOIN = /[,/]|och|and|samt|eller|or/i;
/** The 16 characters after the address at `end`, and after the addresses listed with it (at most three), lower-cased. */
function glossAfter(text: string, end: number): string {
  let at = end;
  for (let k = 0; k < 3; k++) {
    const m = LIST_NEXT.exec(text.slice(at, at + 40));
    if (!m || !LIST_JOIN.test(m[0].replace(/[\d.]+$/, ''))) break;
    at += m[0].length;
  }
  return text.slice(at, at + 16).toLowerCase();
}
/** Whether the address at `start` is listed after another, which ends at `prevEnd` (a comma or a conjunction between). */
const listedAfter = (text: string, prevEnd: number, start: number): boolean => {
  if (prevEnd < 0 || start - prevEnd > 14 || start <= prevEnd) return false;
  const gap = text.slice(prevEnd, start);
  return LIST_GAP_ONLY.test(gap) && LIST_JOIN.test(gap);
};

/** The line after `end` (at most 100 characters), lower-cased. */
function lineAfter(text: string, end: number): string {
  // Read by hand up to 100 characters: an indexOf to the line's end is quadratic on one long line of addresses.
  let l = end;
  while (l < text.length && l - end < 100 && text.charCodeAt(l) !== 10) l++;
  return text.slice(end, l).toLowerCase();
}

// Round 15 (det-misc15b): a machine's own account as the user of a log line ("user=system ip=10.… job=synk", "user=root")
// names no person: the address is the machine's. Blanked to spaces of the same length, so positions stay.
// (Round 21, det-ip21: and a default account that no person owns, "admin", "administrator", "guest", "test",
// "anonymous": a login against it, "user=\"admin\" src=185.…", names no one whose connection it is.)
const SYSTEM_USER = /\b(?:user|username|användare|anv|uid|login|account|konto)[=:][ \u00a0]?"?(?:system|sys|root|cron|daemon|service|svc[\w.-]*|batch|job|scheduler|integration|nobody|localsystem|robot|bot|admin|administrator|guest|gäst|test|anonymous|anonym)(?![\w@.-])/g;
const withoutSystemUser = (line: string): string => line.replace(SYSTEM_USER, (m) => ' '.repeat(m.length));
/**
 * Whether the log line of the address at `end` (`line`: the piece before it) names a machine's or a default account as its
 * user, and no person's value (an e-mail address, a personnummer): its login words are that account's, no person's
 * (round 21).
 */
function accountOfNoOne(text: string, end: number, line: string): boolean {
  const whole = `${line} ${lineAfter(text, end)}`;
  SYSTEM_USER.lastIndex = 0;
  if (!SYSTEM_USER.test(whole)) return false;
  const rest = withoutSystemUser(whole);
  return !/@|(?<!\d)(?:19|20)?\d{6}[-+]?\d{4}(?!\d)/.test(rest) && !/\b(?:user|username|användare|anv|uid|login|account|konto)[=:]/.test(rest);
}

// Round 15 (det-misc15b): the header cells of a log or export whose rows record what a person did ("tidpunkt;mottagare;
// namn;…;handl;källa", "tid | användare | … | från"): an address alone in a cell of such a row is the connection that
// person's action came from, whatever its own column is called ("källa", "från", "klient"). Whole cells only, so
// "servernamn" or "användarkonto för tjänst" do not count; a column of bare names does not either (a machine has a
// name). Which header words give a person column is columns.ts's table (round 16: one table for every rule).
const CELL_BEFORE = new Set([59, 44, 9, 124]);
/**
 * Whether the address at [start, end) fills a cell of a table row under a header that names a person column: the nearest
 * line above with the row's delimiter and no digit (headerReader).
 */
function personRow(view: string, start: number, end: number): boolean {
  // Read in the written text: the number view joins a row that ends in a digit to the next ("…;192.168.1.4 2025-…").
  const text = numberPass(view).text;
  let c = codeAt(text, start - 1);
  if (c === 32 && codeAt(text, start - 2) === 124) c = 124;
  if (!CELL_BEFORE.has(c)) return false;
  let a = end;
  while (a < text.length && a - end < 4 && (codeAt(text, a) === 32 || codeAt(text, a) === 13)) a++;
  const after = codeAt(text, a);
  if (!(a >= text.length || after === 10 || after === c)) return false;
  let l = start;
  while (l > 0 && start - l < 400 && text.charCodeAt(l - 1) !== 10) l--;
  return personHeader(text, l, c, start);
}
const personHeader = headerReader((cells, header) => cells !== undefined &&
  cells.some((cell) => personColumn(headerRole(cell))) && lastInfraAt(header.toLowerCase()) < 0);

// Round 15 (det-ipveh15): the person columns of a header, for telling one person's rows from another's; a column of
// names counts here (the rows compared are people's rows already).
const PERSON_CELL = (cell: string): boolean => {
  const role = headerRole(cell);
  return personColumn(role) || role === 'name';
};
/** The cells of the line [l, e) split at `delim` (a line of at most 400 characters). */
const cellsOf = (text: string, l: number, e: number, delim: string): string[] => text.slice(l, e).split(delim);
/**
 * Whether the private address at [start, end), alone in a cell, stands in the same column of the row above or below
 * while that row's recipient or customer differs, in a table with no column of who acted: one machine that sent to
 * several people (a mailing platform's source address on every recipient's row) is the organisation's, no one's device.
 * Reads two neighbouring lines and the header once per table.
 */
function sharedByPeople(view: string, start: number, end: number): boolean {
  const text = numberPass(view).text;
  let c = codeAt(text, start - 1);
  if (c === 32 && codeAt(text, start - 2) === 124) c = 124;
  if (!CELL_BEFORE.has(c)) return false;
  const delim = String.fromCharCode(c);
  const quad = text.slice(start, end);
  let l = start;
  while (l > 0 && start - l < 400 && text.charCodeAt(l - 1) !== 10) l--;
  const e = rowEnd(text, end);
  const row = cellsOf(text, l, e, delim);
  const col = row.findIndex((cell) => cell.trim() === quad);
  if (col < 0) return false;
  // The neighbouring rows: the line above and the line below.
  const neighbours: string[][] = [];
  if (l > 0) {
    let pl = l - 1;
    while (pl > 0 && l - 1 - pl < 400 && text.charCodeAt(pl - 1) !== 10) pl--;
    neighbours.push(cellsOf(text, pl, l - 1, delim));
  }
  if (e < text.length) {
    let ne = e + 1;
    while (ne < text.length && ne - e - 1 < 400 && text.charCodeAt(ne) !== 10) ne++;
    neighbours.push(cellsOf(text, e + 1, ne, delim));
  }
  const same = neighbours.filter((r) => r.length === row.length && r[col]!.trim() === quad);
  if (same.length === 0) return false;
  const columns = personColumns(text, l, c);
  return columns.length > 0 && same.some((r) => columns.some((k) => r[k]!.trim() !== row[k]!.trim()));
}

/**
 * The indexes of the person columns in the header above the row at `l` (read as personRow reads it). A column of who
 * acted (a case officer, a user, a signature) makes the address that actor's connection, as personRow reads it: only rows
 * of recipients or customers are compared.
 */
const personColumnsAt = headerReader((cells) => cells === undefined ||
  cells.some((cell) => actorColumn(headerRole(cell))) ? [] :
  cells.flatMap((cell, k) => (PERSON_CELL(cell) ? [k] : [])));
const personColumns = (text: string, l: number, c: number): number[] => personColumnsAt(text, l, c, l);

// Round 15 (det-ipveh15): a row of an inventory whose cell names a device ("10.2.2.45;Skrivare;plan 4", "| Kamera entré |
// 10.8.2.14 |"): the address is that device's. A whole cell that starts with the device's noun, so a log row's free text
// ("öppnade akt i tjänst X") does not count.
const DEVICE_CELL = /^(?:multifunktions|nätverks|färg|etikett)?(?:skrivare|printer|switch|switchen|router|routern|kamera|kameran|camera|server|servern|brandvägg|firewall|accesspunkt|access point|nas|plc|styrsystem|gateway|ups|mätare|givare|sensor|undercentral|projektor|nod|host|vlan|dns|ntp|proxy)(?![\p{L}])/u;
/** Whether the address at [start, end) fills a cell of a row whose other cell names a device. */
function deviceRow(text: string, start: number, end: number): boolean {
  const c = codeAt(text, start - 1);
  const a = codeAt(text, end);
  const delim = CELL_BEFORE.has(c) ? c : CELL_BEFORE.has(a) ? a : c === 32 && codeAt(text, start - 2) === 124 ? 124 : a === 32 && codeAt(text, end + 1) === 124 ? 124 : -1;
  if (delim < 0) return false;
  let l = start;
  while (l > 0 && start - l < 400 && text.charCodeAt(l - 1) !== 10) l--;
  const e = rowEnd(text, end);
  const row = text.slice(l, e).toLowerCase();
  if (lastAt(PERSONAL, row.slice(0, start - l)) >= 0 || lastAt(PERSONAL, row.slice(end - l)) >= 0) return false;
  const d = String.fromCharCode(delim);
  return row.split(d).some((cell) => DEVICE_CELL.test(cell.trim())) && !headerNamesPersonAt(text, l, delim, l);
}

/** Whether a header cell names a client's IP column: the 'ip' role of columns.ts's table, not equipment's ("server ip"). */
const clientIpHeader = (cell: string): boolean => headerRole(cell) === 'ip' && lastInfraAt(cell.trim().toLowerCase()) < 0;

/** Whether the header above the row at `l` (read as personRow reads it) has a person column. */
const headerNamesPersonAt = headerReader((cells) => cells !== undefined && cells.some(PERSON_CELL));
// Round 16 (det-vehprop16): the address's own column is a client's IP column ("client_ip", "IP-adress", "ip"), not
// equipment's ("server_ip", "gateway"), however far down a long log the row stands: the header above the row (headerReader)
// says so, not a window of text before it, which a header more than a few rows up fell out of.
const clientIpColumns = headerReader((cells) => (cells === undefined ? [] : cells.map(clientIpHeader)));
/**
 * Whether the address at [start, end) fills a cell under a client's IP column of the header above its row (the row's first
 * cell too, "10.1.2.3,kalle" under "ip_address,user": round 18 fold, which the window before the row answered before).
 */
function clientIpColumn(view: string, start: number, end: number): boolean {
  const text = numberPass(view).text;
  const c = cellDelimiter(text, start, end);
  if (c < 0) return false;
  let a = end;
  while (a < text.length && a - end < 30 && (codeAt(text, a) === 32 || codeAt(text, a) === 13)) a++;
  const after = codeAt(text, a);
  if (!(a >= text.length || after === 10 || after === c)) return false;
  let l = start;
  let column = 0;
  while (l > 0 && start - l < 400 && text.charCodeAt(l - 1) !== 10) { if (text.charCodeAt(l - 1) === c) column++; l--; }
  if (l > 0 && text.charCodeAt(l - 1) !== 10) return false;
  return clientIpColumns(text, l, c, l)[column] === true;
}

// Round 18 fold: whether an IP column stands above the address's row is asked of the header reader, as the person columns
// are, not of a window of 300 characters before the line (which a header more than a few rows up fell out of, and which
// a word "IP" in the prose above answered as well). Which header words name an IP column is columns.ts's table ('ip').
/** Whether the header above the row at `l` (read as personRow reads it) has an IP column, any of its columns. */
const ipHeaderAt = headerReader((cells) => cells !== undefined && cells.some((cell) => headerRole(cell) === 'ip'));
/**
 * The delimiter of the table cell the address at [start, end) fills: the one before it (a pipe and a space too), or, at
 * a line's start, the one after it ("10.1.2.3,kalle" under "ip_address,user"); -1 outside a delimited row.
 */
function cellDelimiter(text: string, start: number, end: number): number {
  const c = codeAt(text, start - 1);
  if (CELL_BEFORE.has(c)) return c;
  if (c === 32 && codeAt(text, start - 2) === 124) return 124;
  const a = codeAt(text, end);
  return c === 10 && CELL_BEFORE.has(a) ? a : -1;
}
/** Where the line that holds `at` ends, read at most 400 characters on. */
function rowEnd(text: string, at: number): number {
  let e = at;
  while (e < text.length && e - at < 400 && text.charCodeAt(e) !== 10) e++;
  return e;
}
/** The start of the line that holds `at`, or -1 when the line runs over 400 characters before it (no row of a table). */
function rowStart(text: string, at: number): number {
  let l = at;
  while (l > 0 && at - l < 400 && text.charCodeAt(l - 1) !== 10) l--;
  return l > 0 && text.charCodeAt(l - 1) !== 10 ? -1 : l;
}
/** Whether the address at [start, end) fills a cell of a delimited row under a header with an IP column. */
function underIpHeader(view: string, start: number, end: number): boolean {
  const text = numberPass(view).text;
  const d = cellDelimiter(text, start, end);
  if (d < 0) return false;
  const l = rowStart(text, start);
  if (l < 0) return false;
  return ipHeaderAt(text, l, d, l);
}
/**
 * Whether the address at [start, end) ends a cell of a table aligned by spaces under a header cell that names a client's
 * IP column (columns.ts's `spacedHeaderCell`; as `clientIpColumns`: not equipment's, "server ip").
 */
function spacedUnderIp(view: string, start: number, end: number): boolean {
  const cell = spacedHeaderCell(numberPass(view).text, start, end);
  return cell !== undefined && clientIpHeader(cell);
}

/** Whether the address at [start, end) stands in a table's row: a delimited cell, or a row under a header aligned by spaces. */
function inTable(view: string, start: number, end: number): boolean {
  const text = numberPass(view).text;
  if (cellDelimiter(text, start, end) >= 0) return true;
  return underSpacedHeader(text, start);
}
/** Whether the word that names IP addresses stands in the 300 characters before the address's line (`line`: its start). */
const ipWordAbove = (text: string, start: number, line: string): boolean =>
  IP_WORD.test(text.slice(Math.max(0, start - 300), start - line.length).toLowerCase());

// Round 16 (det-vehprop16): a log line that names its user by a person's e-mail address ("EAP-TLS  anna.berg@ekby.se
// 10.88.3.14  AP07  Accept": a Wi-Fi or VPN login) records that person's connection, as "user=" does. A person's
// address is two words joined by a dot or an underscore ("anna.berg", "per_olof.ek"); a role mailbox ("it-drift",
// "info", "parkering") is one word or joined by hyphens, and names no one.
const PERSON_MAIL = /(?<![\p{L}\d._%+-])\p{L}{2,}(?:[._]\p{L}{2,})+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}(?![\p{L}\d])/u;
/** Whether the line before the address names a person's e-mail address (the log line's user). */
const personMailBefore = (line: string): boolean => line.indexOf('@') >= 0 && PERSON_MAIL.test(line);

// Round 20 (det-ip20): the organisation's equipment as a class, from general evidence. A table, CSV or log whose rows
// are things: the header names an asset column, or the row's other cells name an asset (an id of capitals and digits,
// "LP-0412", "NS 114", "UC-7"; a MAC address; a serial number; a firmware version; an equipment word opening the cell),
// and no cell of the row is a person (an e-mail address, a personnummer, a customer or a user) nor a column of the header
// a person's. A column of who signed the row ("Sign", "Tekniker") does not make the address the signer's: the row is
// about the asset.
const ASSET_HEADER = /enhet|utrustning|objekt|anläggning|station|punkt|tillgång|inventarie|device|asset|\bnod|node|\bhost|värd|serie|serial|s\/n|firmware|\bfw\b|\bmac\b|modell|\bmodel|\bunit\b|point|stolpe|laddbox|laddare|mätare|koncentrator|\brtu\b|\bplc\b|kamera|camera|router|switch|gateway|skrivare|printer|server/;
// (A client's column, "client_ip", "källa", and a telephone column are the people's: a guest network's log of phones.)
const PERSON_HEADER = /kund|användar|\buser|abonnent|hyresgäst|medlem|patient|elev|brukare|sökande|person|e-?post|e-?mail|login|inlogg|client|klient|\bsrc\b|source|källa|remote|phone|telefon|mobil/;
// (A customer, not a count of customers: "frånslag, 212 kunder" is a substation's event.)
const PERSON_VALUE = /@|(?<!\d)(?:19|20)?\d{6}[-+]\d{4}(?!\d)|\+\d{2}[ \d]{7,}|(?<![\d.])07\d[- ]?\d{3}[ ]?\d{2}[ ]?\d{2}(?!\d)|\bkund(?:en|ens|nr|nummer|-?id)?\b|användar|\buser|login|logon|inlogg|loggade|hemma|abonnent|hyresgäst|medlem|patient|\belev|brukare|sökande|privat/;
const ASSET_ID = /^(?:\d{1,2}[:.]\d{2}(?::\d{2})?[ \u00a0]+)?[A-ZÅÄÖ]{1,5}(?:-[A-Z0-9]{1,8}){0,2}[- \u00a0]\d{1,6}[A-Z]?(?![\p{L}\d])/u;
const MAC = /^(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/i;
const SERIAL_OR_FIRMWARE = /^(?:s\/n|sn|serie(?:nr|nummer)?|serial|fw|firmware|ver\.?|v)[\s:.]*[\w.-]*\d/i;
/** Whether a cell of a row names an asset (not the address's own cell). */
function assetCell(cell: string): boolean {
  const c = cell.trim();
  if (c.length === 0 || c.length > 60) return false;
  if (ASSET_ID.test(c) || MAC.test(c) || SERIAL_OR_FIRMWARE.test(c)) return true;
  // An equipment word opening the cell ("Laddpunkt 2", "Nätstation Solbacken"), a compound of it too.
  const w = /^[\p{L}-]+/u.exec(c.toLowerCase());
  return w !== null && EQUIPMENT_WORD.test(w[0]);
}
/** What the header above a row says: whether it has a person's column, and whether it names an asset column. */
const assetHeaderOf = (cells: string[] | undefined, text = ''): { person: boolean; asset: boolean; header: string } => {
  if (cells === undefined) return { person: false, asset: false, header: '' };
  const asset = cells.some((cell) => headerRole(cell) !== 'ip' && ASSET_HEADER.test(cell.trim().toLowerCase()));
  // (A column of names is a person's unless its header names the thing: "Namn" is, "Stationsnamn" is not.)
  const person = cells.some((cell) => {
    const role = headerRole(cell);
    const h = cell.trim().toLowerCase();
    return role === 'subject' || role === 'user' || role === 'personKey' || role === 'phone' ||
      (role === 'name' && !ASSET_HEADER.test(h)) || PERSON_HEADER.test(h);
  });
  return { person, asset, header: text };
};
const delimitedAssetHeader = headerReader((cells, header) => assetHeaderOf(cells, header));
// A table aligned by spaces: its header's cells are split at runs of two spaces or more.
const spacedAssetHeader = headerReader((cells, header) => assetHeaderOf(cells === undefined ? undefined : header.trim().split(/ {2,}/), header));
/** Whether the address at [start, end) fills a cell of a row of things (see ASSET_HEADER). */
function assetRow(view: string, start: number, end: number): boolean {
  const text = numberPass(view).text;
  const d = cellDelimiter(text, start, end);
  const spaced = d < 0 && underSpacedHeader(text, start);
  if (d < 0 && !spaced) return false;
  const l = rowStart(text, start);
  if (l < 0) return false;
  const e = rowEnd(text, end);
  if (PERSON_VALUE.test(text.slice(l, e).toLowerCase())) return false;
  const header = spaced ? spacedAssetHeader(text, l, 32, l) : delimitedAssetHeader(text, l, d, l);
  if (header.person) return false;
  if (header.asset) return true;
  const before = text.slice(l, start);
  const after = text.slice(end, e);
  const cells = spaced ? [...before.trim().split(/ {2,}/), ...after.trim().split(/ {2,}/)] :
    [...before.split(String.fromCharCode(d === 124 ? 124 : d)), ...after.split(String.fromCharCode(d))];
  if (cells.some(assetCell)) return true;
  // Round 21 (det-ip21): a table whose header has no person column, and whose row names no one – no person's value, no
  // word of a person's action or connection (PERSONAL: a login, a customer, a user), no cell with a person's name – ties
  // its address to no person: a row of things or of events (a charging export, a network's table), whatever it lists.
  // (Nor does a caption above the header that names the person or the logins, "Inloggningar för kunden:": read in the
  // 200 characters before the header, found within the 4000 the header reader reads.)
  if (header.header === '' || lastAt(PERSONAL, text.slice(l, e).toLowerCase()) >= 0 || cells.some(nameCell)) return false;
  // (Once per header: the rows below it reuse the answer, so a long table is not searched back row by row.)
  if (captionMemo !== undefined && captionMemo.text === text && captionMemo.header === header.header && captionMemo.at < l && l - captionMemo.at < 4000) return captionMemo.things;
  const h = text.lastIndexOf(header.header, l);
  if (h < 0 || l - h > 4000) return false;
  const caption = text.slice(Math.max(0, h - 200), h);
  const things = lastAt(PERSONAL, caption.toLowerCase()) < 0 && !PERSON_VALUE.test(caption.toLowerCase()) && !PERSON_MAIL.test(caption);
  captionMemo = { text, header: header.header, at: h, things };
  return things;
}
let captionMemo: { text: string; header: string; at: number; things: boolean } | undefined;
// A capitalised word that the name lexicon knows, as a first name or a surname: a cell that names a person.
const CAPITALISED_WORD = /\p{Lu}[\p{Ll}'’-]+/gu;
/** Whether a cell holds a word that is a known first name or surname ("Berg, Anna", "Karin Lund", "SANDSTRÖM, KAJ"). */
function nameCell(cell: string): boolean {
  const c = cell.trim();
  if (c.length === 0 || c.length > 60) return false;
  const words = /\p{Ll}/u.test(c) ? c : c.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
  CAPITALISED_WORD.lastIndex = 0;
  for (let m = CAPITALISED_WORD.exec(words); m; m = CAPITALISED_WORD.exec(words)) if (FIRST_NAMES.has(m[0]) || SURNAMES.has(m[0])) return true;
  return false;
}
// The address's own column of a person's row named for a service or a machine ("mål", "server", "destination", "host"):
// the address of what the person reached, not of the person's connection.
const SERVICE_HEADER = /^(?:mål|target|destination|dest|dst|server|servernamn|host|värd|gateway|proxy|tjänst|service|system|backend|upstream)(?:[ _-]?(?:ip|ip-?adress|adress|address|addr))?\.?$/;
const serviceColumns = headerReader((cells) => (cells === undefined ? [] : cells.map((cell) => SERVICE_HEADER.test(cell.trim().toLowerCase()))));
/** Whether the address at [start, end) fills a cell under a header cell that names a service. */
function serviceColumn(view: string, start: number, end: number): boolean {
  const text = numberPass(view).text;
  const c = cellDelimiter(text, start, end);
  if (c < 0) return false;
  let l = start;
  let column = 0;
  while (l > 0 && start - l < 400 && text.charCodeAt(l - 1) !== 10) { if (text.charCodeAt(l - 1) === c) column++; l--; }
  if (l > 0 && text.charCodeAt(l - 1) !== 10) return false;
  return serviceColumns(text, l, c, l)[column] === true;
}
// An asset's name right before the address, with at most a blank and a bracket between: a host name with a domain or with
// a hyphen and a number ("adfs01.ad.ekby.se 10.40.1.21", "fw-edge01 (10.40.0.1)"), an id of capitals and digits
// ("NK-PR-0217 (10.61.4.23)", "NS 4117: 10.41.17.22"). A person's login is lower-case and has no hyphen and number.
const HOST_BEFORE = /(?:^|[\s|;,(=])(?:[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:local|lan|intern|internal|corp|se|com|net|org|nu|io|eu|fi|no|dk)|[a-z]{2,}[a-z0-9]*-[a-z0-9-]*\d)[ \u00a0]*[(:]?[ \u00a0]*$/;
const ASSET_BEFORE = /(?:^|[\s|;,(])[A-ZÅÄÖ]{1,5}(?:-[A-Z0-9]{1,8}){0,2}[- \u00a0]\d{1,6}[A-Z]?[ \u00a0]*[(:]?[ \u00a0]*$/;
// Round 21 (det-ip21): a host name built on a service's role word ("auth2", "billing-api", "sso1", "mail_relay2"): the
// roles machines are named for in any network (authentication, APIs, directories, mail, web, databases, files, logs,
// time, proxies), written from the trade, not from a set. A name that is the role word alone, or has it as a part beside
// a hyphen, an underscore or a number; two-letter roles ("ad", "dc", "fs") are left out, being as often initials.
const HOST_ROLE = /^(?:api|auth|sso|idp|adfs|ldap|radius|kerberos|mail|smtp|imap|relay|mx\d|web|www|http|https|app|srv|server|db|sql|nas|backup|print|file|ftp|sftp|git|log|syslog|ntp|dhcp|dns|proxy|gateway|cache|cdn|edge|lb|vpn|scan|antivirus|monitor|nagios|zabbix|batch|queue|mq|broker|worker|cron)$/;
const HOST_TOKEN = /(?:^|[\s|;,(=])([a-z][a-z0-9_-]{1,30})[ \u00a0]*[(:]?[ \u00a0]*$/;
/** Whether the token right before (see HOST_TOKEN) is a host name built on a service's role word (HOST_ROLE). */
function serviceHostBefore(piece: string): boolean {
  const m = HOST_TOKEN.exec(piece);
  if (!m) return false;
  const token = m[1]!;
  const parts = token.split(/[-_\d]+/).filter((w) => w.length > 0);
  return parts.some((w) => HOST_ROLE.test(w)) && (parts.length === 1 ? /^[a-z]+[-_]?\d{0,3}$/.test(token) : /[-_]/.test(token));
}
/** Whether an asset's name stands right before the address at `start` (read in the 40 characters before it). */
function assetBefore(text: string, start: number): boolean {
  const t = text.slice(Math.max(0, start - 40), start);
  const nl = t.lastIndexOf('\n');
  const piece = (nl >= 0 ? t.slice(nl + 1) : t).replace(/,[ \u00a0]*$/, ' ');
  return ASSET_BEFORE.test(piece) || HOST_BEFORE.test(piece.toLowerCase()) || serviceHostBefore(piece.toLowerCase());
}
// A row of a log whose user cell is a machine's own account ("06:31:09;svc_personec_batch;-;10.40.3.17;…", "system",
// "batch"), with no person's value in the row: the address is the machine's that ran the job, as SYSTEM_USER reads a
// "user=svc" on a log line.
const MACHINE_ACCOUNT = /^(?:svc|srv|service|system|sys|batch|cron|daemon|robot|integration|scheduler|localsystem)(?:[_.-][\w.-]*)?$/i;
/** Whether the address at [start, end) fills a cell of a delimited row that a machine's account wrote. */
function machineAccountRow(view: string, start: number, end: number): boolean {
  const text = numberPass(view).text;
  const d = cellDelimiter(text, start, end);
  if (d < 0) return false;
  const l = rowStart(text, start);
  if (l < 0) return false;
  const e = rowEnd(text, end);
  const row = text.slice(l, e);
  if (PERSON_VALUE.test(row.toLowerCase().replace(/\bsvc_\S*|\bservice\S*/g, ''))) return false;
  // Under the header's user or actor column; with no such header, only an account named as a service's ("svc_…").
  const users = userColumns(text, l, d, l);
  return row.split(String.fromCharCode(d)).some((cell, k) => {
    const c = cell.trim();
    return users.length > 0 ? users.includes(k) && MACHINE_ACCOUNT.test(c) : /^(?:svc|srv)[_.-]/i.test(c) && MACHINE_ACCOUNT.test(c);
  });
}
const userColumns = headerReader((cells) => (cells === undefined ? [] : cells.flatMap((cell, k) => (actorColumn(headerRole(cell)) ? [k] : []))));
/** Whether an equipment word opens what follows the address ("10.41.17.40 (nätstation Solbacken)"). */
function equipmentAfter(text: string, end: number): boolean {
  const m = /^[\s,]*[([–-]?[ \u00a0]?([\p{L}-]{2,30})/u.exec(text.slice(end, end + 40).toLowerCase());
  return m !== null && EQUIPMENT_WORD.test(m[1]!);
}

const BARE_IP = /\bip(?:-?adress(?:en)?|v4|v6)?\b/g;
// Round 20 (det-klient20): a remote-access session ("fjärr-VPN 192.168.88.14 via 94.254.11.202", "VPN-session user=…
// tilldelad 10.…") gives a person's device two addresses, the inner one the tunnel assigned and the outer one of the home
// connection; INFRA read the word "VPN" as the organisation's equipment and dropped both. The word alone no longer
// decides when the line names the user or the person's remote work: a login, a user, a person's device, "hemarbete". The
// equipment's own words on the line still do ("VPN-gateway 10.40.0.1", "vpn-koncentratorn"), and a host name with a
// number ("vpn01", "vpn-gw01") is the machine that writes the log, as before.
const VPN = /(?<![\p{L}\d])(?:fjärr-?)?vpn(?:-?(?:session(?:en)?|tunnel(?:n)?|anslutning(?:en)?|inloggning(?:en)?))?(?![\p{L}\d]|-[\p{L}\d]*\d)|anyconnect|openvpn|globalprotect/gu;
const REMOTE_PERSON = /inlogg|loggade|logga[dr]? in|login|logon|\buser|användar|\banv\b|hemarbete|distansarbete|hemifrån|på distans|kund|abonnent|hyresgäst|patient|brukare|sökande|medlem|(?:hennes|hans|deras|\bsin|kundens|användarens|elevens|abonnentens|brukarens|klientens)[ \u00a0]+(?:hem)?(?:dator|mobil|telefon|laptop|surfplatta|platta|ipad|enhet)/;
/** Whether the line of the address at [start, end) is a remote-access session that names its user (see VPN). */
function vpnSession(text: string, end: number, line: string): boolean {
  VPN.lastIndex = 0;
  if (!VPN.test(line)) return false;
  return REMOTE_PERSON.test(withoutSystemUser(`${line} ${lineAfter(text, end)}`));
}
/** The nearest label decides: a person's connection or the organisation's own equipment. */
function owner(text: string, start: number, end: number, line: string, isInternal: boolean, device = true): { personal: boolean } | undefined {
  if (accountOfNoOne(text, end, line)) return undefined;
  line = withoutSystemUser(line);
  const vpn = vpnSession(text, end, line);
  if (vpn) line = line.replace(VPN, (m) => ' '.repeat(m.length));
  const q = lastInfraAt(line, INFRA_PROSE, !isInternal);
  // "Styrsystemets IP är …", "kamerans ip-adress": after an equipment word, the word "IP" names the equipment's address,
  // not a person's connection (as `labelled` reads it).
  const p = lastAt(PERSONAL, q >= 0 ? line.replace(BARE_IP, (m) => ' '.repeat(m.length)) : line);
  if (INFRA_AFTER.test(glossAfter(text, end))) return undefined;
  if (deviceRow(text, start, end)) return undefined;
  // The user named after the address on its line outweighs the log's own component further back ("gw01 INFO
  // 91.150.3.44 login ok user=…"), not an equipment label right before it ("host=10.40.2.17 user=svc").
  const client = CLIENT_AFTER.test(lineAfter(text, end));
  // Round 20 (det-ip20): a row of things, the address's own column named for a service, or an asset's name right
  // before the address: the equipment's, unless the line names the user after it or a person's device.
  const personAfter = personDeviceAfter(text, end);
  if (!client && !personAfter && (assetRow(text, start, end) || serviceColumn(text, start, end) || assetBefore(text, start) ||
    machineAccountRow(text, start, end))) return undefined;
  // ("Larm från 10.41.17.40 (nätstation Solbacken)": "från" alone gives the direction of an alarm as well as a login.)
  if (!client && !personAfter && equipmentAfter(text, end) && lastAt(PERSONAL, line.replace(/\bfrån|\bfrom\b/g, (m) => ' '.repeat(m.length))) < 0) return undefined;
  if (q > p && !(client && q < line.length - 24)) return undefined;
  if (p > q && !client && !personAfter && lastInfraAt(line, EQUIPMENT_ALL, !isInternal) >= 0 &&
    lastAt(PERSONAL, line.replace(WEAK_PERSONAL, (m) => ' '.repeat(m.length))) < 0) return undefined;
  // An internal address (a private range, loopback) is a device in a network: a person's only when a word on its
  // line or a table's IP column above says so.
  if (p < 0 && personAfter) return { personal: true };
  if (p < 0 && isInternal && !client && !vpn && sharedByPeople(text, start, end)) return undefined;
  // (Round 18 fold: in a table's row the IP column is the header reader's answer, the address's own column of the header
  // above its row, however far up; before, any "ip" in the 300 characters before the line, which also took the gateway
  // column beside a client IP column and missed a column whose header was more rows up. Outside a table, a label with
  // the word in the lines before it still says so: "IP-adresser som loggats:⏎192.168.1.34".)
  if (p < 0 && isInternal && !client && !vpn && !(ipWordAbove(text, start, line) && !inTable(text, start, end)) &&
    !(device && (personRow(text, start, end) || clientIpColumn(text, start, end) || spacedUnderIp(text, start, end) || personMailBefore(line)))) return undefined;
  return { personal: p >= 0 || client || vpn || (device && personMailBefore(line)) };
}

export const ipAddressDetector: Detector = {
  name: 'ip_address',
  readsNumbers: true,
  detect(input: string): Finding[] {
    const out: Finding[] = [];
    const { view: text, starts, ends, count } = numberPass(input);
    let next4 = 0;
    let next6 = 0;
    // The previous dotted quad's end and reading: an address listed after it ("… 195.178.0.53 och 195.178.1.53") shares its
    // reading, unless a gloss of its own after it names equipment (round 21).
    let prevEnd = -1;
    let prevWhy: { personal: boolean } | undefined;
    for (let k = 0; k < count; k++) {
      const s = starts[k]!;
      const e = ends[k]!;
      const after = codeAt(text, e);
      if (after === 46 && e - s <= 3 && s >= next4) {
        const prev = codeAt(text, s - 1);
        IPV4.lastIndex = s;
        const m = prev === 46 ? null : IPV4.exec(text);
        if (m) {
          next4 = s + m[0].length;
          // "::ffff:91.150.3.44": an IPv4 address written as IPv6 (a dual-stack server's log) keeps its prefix.
          const a = s >= 7 && text.slice(s - 7, s).toLowerCase() === '::ffff:' && !/[\w:]/.test(text[s - 8] ?? '') ? s - 7 : s;
          const listed = listedAfter(text, prevEnd, a);
          const why = listed && !INFRA_AFTER.test(text.slice(next4, next4 + 16).toLowerCase()) ? prevWhy : listed ? undefined : ipv4Evidence(text, a, next4, m[0]);
          prevEnd = next4;
          prevWhy = why;
          if (why === undefined) continue;
          out.push({ type: 'ip_address', start: a, end: next4, score: why.personal ? 0.9 : 0.8,
            explanation: `IP-adress (IPv4): fyra tal 0–255 med punkter${why.personal ? ', sammanhangsord för en persons anslutning' : ''}` });
          continue;
        }
      }
      // IPv6: a group (digits, perhaps hex letters after them) that a colon follows; the address starts where the run
      // of hex digits and colons before it starts.
      let h = e;
      while (h < text.length && h - s < 4 && isHex(text.charCodeAt(h))) h++;
      if (text.charCodeAt(h) !== 58 || !(isHex(codeAt(text, h + 1)) || codeAt(text, h + 1) === 58)) continue;
      let a = s;
      while (a > 0 && s - a < 40 && (isHex(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 58)) a--;
      if (a < next6) continue;
      IPV6.lastIndex = a;
      const m = IPV6.exec(text);
      next6 = m ? a + m[0].length : s + 1;
      if (!m || (!/[a-fA-F]|::/.test(m[0]) && m[0].split(':').length < 8)) continue;
      // A zone after a link-local address ("fe80::1%eth0") belongs to it.
      const zone = /^%[A-Za-z0-9]{1,15}(?![\w])/.exec(text.slice(next6, next6 + 17));
      if (zone) next6 += zone[0].length;
      // Loopback, link-local (fe80::/10) and unique local (fc00::/7) addresses are devices in a network.
      const line = lineBefore(text, a);
      const why = IP_LABEL.test(line.slice(-24)) ? labelled(line) : owner(text, a, next6, line, /^(?:::1$|fe[89ab]|f[cd])/i.test(m[0]), !/^(?:::1$|fe[89ab])/i.test(m[0]));
      if (why === undefined) continue;
      out.push({ type: 'ip_address', start: a, end: next6, score: why.personal ? 0.85 : 0.8,
        explanation: `IP-adress (IPv6)${why.personal ? ', sammanhangsord för en persons anslutning' : ''}` });
    }
    return out;
  },
};
