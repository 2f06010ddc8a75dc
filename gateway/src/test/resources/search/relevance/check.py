#!/usr/bin/env python3
"""Sanity check of the search relevance set (articles/events/people.jsonl and queries.jsonl).

Run from anywhere:  python3 gateway/src/test/resources/search/relevance/check.py [-v]

Checks that every line is valid JSON, keys are unique and carry the type prefix, every key a
query names exists, scheduled items (positive publishOffset) carry the -planlagt suffix and are
only ever listed under "never", and the counts are met.

Then a rough, analyzer-free text check: every word of a query must occur in the text of each of
its top5 items (tags left out) as the start of a word, after lower-casing and folding (aa/ae/oe
as å/æ/ø, accents off) and allowing for the query word's last letters to be an ending. A word
found only inside a longer word (a compound part), only within one or two edits (a typo) or only
in the body is reported, not failed. The text is split as the gateway's index splits it
(SearchDocuments): head = headline/title, authors, venue, city, lead/teaser, a notice's person,
company, previous company, label and new title; body = body/description and the rest of a
notice (its announcement). -v prints where each word was found.
Exit status 1 on a failure.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
STOP = set("""og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min
havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind
når være dog noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt
meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan""".split())
COVERS = {"stemming", "compound", "folding", "name", "event", "venue", "typo", "phrase", "filter", "plain"}
PARAMS = {"type", "section", "tag", "track", "city"}
MINIMUM = {"stemming": 10, "compound": 10, "folding": 8, "name": 10, "event+venue": 10, "typo": 8, "phrase": 5,
           "plain": 10}


def fold(text):
    text = text.lower()
    text = ''.join(c for c in unicodedata.normalize('NFKD', text.replace('æ', '\0ae').replace('ø', '\0oe').replace(
        'å', '\0aa')) if not unicodedata.combining(c)).replace('\0', '')
    return text.replace('aa', 'å').replace('ae', 'æ').replace('oe', 'ø').replace('ä', 'æ').replace('ö', 'ø')


def words(text):
    return re.findall(r'\w+', fold(html.unescape(re.sub(r'<[^>]+>', ' ', text or ''))))


def stem(word):
    for ending in ('ernes', 'erne', 'ene', 'ens', 'ers', 'ets', 'er', 'en', 'et', 'es', 'e', 'r', 's'):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)]
    return word


def edits(a, b):
    """Edit distance with adjacent transpositions (optimal string alignment), as Lucene's fuzzy query."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def near(qword, word):
    allowed = 2 if len(qword) >= 8 else 1 if len(qword) >= 5 else 0
    return allowed > 0 and min(edits(qword, word), edits(stem(qword), stem(word)),
                               edits(qword, word[:len(qword)])) <= allowed


# a notice's label, which the feed and the search's lead carry
LABEL = {'NEW_JOB': 'Nyt job', 'PROMOTION': 'Forfremmelse', 'NEW_ROLE': 'Ny rolle', 'BOARD_SEAT': 'Bestyrelsespost',
         'RETIREMENT': 'Pension'}


def texts(item):
    c = item['content']
    if item['key'].startswith('a-'):
        return [c['headline'], c['lead']], [c['body']]
    if item['key'].startswith('e-'):
        v = c.get('venue') or {}
        return [c['title'], c['teaser'], v.get('name', ''), v.get('city', '')], [c.get('description', '')]
    p = c.get('previousPosition') or {}
    head = [c['person']['name'], c['company'], p.get('company', ''), LABEL[c['kind']], c['title']]
    body = [' '.join(c.get('focusAreas', [])), p.get('title', ''), c.get('education', ''), c.get('earlierExperience', '')]
    return head, body


def find(qword, head, body):
    """('prefix'|'part'|'typo'|None, 'head'|'body')"""
    s = stem(qword)
    for kind, test in (('prefix', lambda w: w.startswith(s)), ('part', lambda w: len(s) >= 3 and s in w),
                       ('typo', lambda w: near(qword, w))):
        for where, ws in (('head', head), ('body', body)):
            if any(test(w) for w in ws):
                return kind, where
    return None, None


def main():
    verbose = '-v' in sys.argv
    failures, notes = [], []
    items = {}
    for name, prefix in (('articles', 'a-'), ('events', 'e-'), ('people', 'p-')):
        for n, line in enumerate((HERE / f'{name}.jsonl').read_text(encoding='utf-8').splitlines(), 1):
            try:
                item = json.loads(line)
            except ValueError as ex:
                failures.append(f'{name}.jsonl:{n}: not JSON ({ex})')
                continue
            key = item.get('key', '')
            if set(item) != {'key', 'publishOffset', 'content'}:
                failures.append(f'{key}: fields {sorted(item)}')
            if not key.startswith(prefix):
                failures.append(f'{key}: in {name}.jsonl without the prefix {prefix}')
            if key in items:
                failures.append(f'{key}: duplicate key')
            scheduled = not item.get('publishOffset', '').startswith('-')
            if scheduled != key.endswith('-planlagt'):
                failures.append(f'{key}: publishOffset {item.get("publishOffset")} and the -planlagt suffix disagree')
            items[key] = item
    queries = []
    for n, line in enumerate((HERE / 'queries.jsonl').read_text(encoding='utf-8').splitlines(), 1):
        try:
            queries.append(json.loads(line))
        except ValueError as ex:
            failures.append(f'queries.jsonl:{n}: not JSON ({ex})')
    covers = {}
    for q in queries:
        label = repr(q['q'])
        if not set(q) <= {'q', 'covers', 'top5', 'alsoRelevant', 'never', 'params'}:
            failures.append(f'{label}: fields {sorted(q)}')
        if not set(q['covers']) <= COVERS:
            failures.append(f'{label}: covers {q["covers"]}')
        if not set(q.get('params', {})) <= PARAMS:
            failures.append(f'{label}: params {q["params"]}')
        for c in set(q['covers']):
            covers[c] = covers.get(c, 0) + 1
        if not 1 <= len(q['top5']) <= 5:
            failures.append(f'{label}: {len(q["top5"])} keys in top5')
        lists = q['top5'] + q.get('alsoRelevant', []) + q.get('never', [])
        if len(set(lists)) != len(lists):
            failures.append(f'{label}: a key in two lists')
        for key in lists:
            if key not in items:
                failures.append(f'{label}: unknown key {key}')
            elif key.endswith('-planlagt') and key not in q.get('never', []):
                failures.append(f'{label}: scheduled {key} listed as relevant')
        qwords = [w for w in words(q['q'].replace('"', ' ')) if w not in STOP]
        for key in q['top5']:
            if key not in items:
                continue
            head, body = texts(items[key])
            head, body = [w for t in head for w in words(t)], [w for t in body for w in words(t)]
            found = []
            for w in qwords:
                kind, where = find(w, head, body)
                found.append(f'{w}:{kind}/{where}')
                if kind is None and 'typo' in q['covers']:
                    notes.append(f'{label} {q["covers"]}: {key}: "{w}" NOT FOUND, not even as a typo')
                elif kind is None:
                    failures.append(f'{label}: {key} does not contain "{w}"')
                elif kind != 'prefix' or where != 'head':
                    notes.append(f'{label} {q["covers"]}: {key}: "{w}" {kind} in {where}')
            if verbose:
                print(f'{label}: {key}: {" ".join(found)}')
    counts = {t: sum(1 for k in items if k.startswith(t[0] + '-')) for t in ('article', 'event', 'person')}
    covers['event+venue'] = sum(1 for q in queries if {'event', 'venue'} & set(q['covers']))
    print('items:', len(items), counts, '(scheduled: %d)' % sum(1 for k in items if k.endswith('-planlagt')))
    print('queries:', len(queries), dict(sorted(covers.items())))
    if len(items) < 300:
        failures.append(f'only {len(items)} items')
    if len(queries) < 60:
        failures.append(f'only {len(queries)} queries')
    for c, least in MINIMUM.items():
        if covers.get(c, 0) < least:
            failures.append(f'only {covers.get(c, 0)} queries cover {c}')
    if notes:
        print('\nnot a plain word match in the head fields (look at these):')
        print('\n'.join('  ' + n for n in notes))
    if failures:
        print('\nFAILURES:')
        print('\n'.join('  ' + f for f in failures))
        sys.exit(1)
    print('\nok')


if __name__ == '__main__':
    main()
