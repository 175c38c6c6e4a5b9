#!/usr/bin/env python3
"""Source.citations, changes(ids) and history(id) on Neo4j: the statements the store sends, before and after the key
indexes (issue 22c), timed over the Query API and PROFILEd for db hits. The statement texts are the golden files
(tests/MineralGraph.Store.Tests/Neo4j/Golden) of two commits; parameters are set per case below. Usage, from the
repo root, against a Neo4j holding the synthetic graph (`mineralgraph synth --seed 1 --entities 10000
--relations 100000 --out DIR --neo4j URI`) and the schema of the newer commit (the server or `seed load` applies it):
    python3 bench/key-lookups/measure.py http://127.0.0.1:27474 OLD_COMMIT NEW_COMMIT [CALLS]
With auth: NEO4J_USER / NEO4J_PASSWORD in the environment."""
import base64, json, os, statistics, subprocess, sys, time, urllib.request

uri, old, new = sys.argv[1].rstrip('/'), sys.argv[2], sys.argv[3]
calls = int(sys.argv[4]) if len(sys.argv) > 4 else 20
headers = {'Content-Type': 'application/json', 'Accept': 'application/json'}
if os.environ.get('NEO4J_PASSWORD'):
    token = f"{os.environ.get('NEO4J_USER', 'neo4j')}:{os.environ['NEO4J_PASSWORD']}"
    headers['Authorization'] = 'Basic ' + base64.b64encode(token.encode()).decode()

def golden(commit, name):
    text = subprocess.run(['git', 'show', f'{commit}:tests/MineralGraph.Store.Tests/Neo4j/Golden/{name}.cypher'],
                          check=True, capture_output=True, text=True).stdout
    return text.partition('\n// parameters\n')[0]

def post(statement, parameters):
    body = json.dumps({'statement': statement, 'parameters': parameters}).encode()
    request = urllib.request.Request(f'{uri}/db/neo4j/query/v2', data=body, headers=headers)
    answer = json.load(urllib.request.urlopen(request, timeout=600))
    if answer.get('errors'): raise RuntimeError(answer['errors'])
    return answer

def db_hits(plan):
    return plan.get('dbHits', 0) + sum(db_hits(c) for c in plan.get('children', []))

def changes(ids):
    return {'since': 0, 'after': 0, 'ids': ids, 'scoped': True, 'operations': None, 'limit': 21}

cases = [
    ('Source.citations, a source cited by 59 ties', 'held-sources', {'ids': ['source/s-000500']}),
    ('Source.citations, the most cited source (5,386 ties)', 'held-sources', {'ids': ['source/s-000001']}),
    ('changes(ids: [a relation never changed])', 'changes', changes(['rel/r-0009798'])),
    ('changes(ids: [an id never known]) -> BAD_USER_INPUT', 'changes', changes(['rel/never-known'])),
    ('history(id: a relation)', 'history', {'id': 'rel/r-0009798', 'limit': 10000}),
]
print(f'load average {open("/proc/loadavg").read().strip()}; {os.cpu_count()} cores; {calls} calls each after 3 warm-up')
print('| operation | statement | db hits | p50 ms | p90 ms | max ms |')
print('|---|---|---:|---:|---:|---:|')
for title, name, parameters in cases:
    for label, commit in (('before', old), ('after', new)):
        text = golden(commit, name)
        try:
            hits = db_hits(post('PROFILE ' + text, parameters)['profiledQueryPlan'])
        except RuntimeError as failure:
            print(f'| {title} | {label} ({commit[:7]}) | fails: {failure.args[0][0]["code"].split(".")[-1]} | | | |', flush=True)
            continue
        for _ in range(3): post(text, parameters)
        times = []
        for _ in range(calls):
            start = time.perf_counter(); post(text, parameters); times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
        print(f'| {title} | {label} ({commit[:7]}) | {hits:,} | {statistics.median(times):.1f} | {p90:.1f} | {times[-1]:.1f} |', flush=True)
print(f'load average {open("/proc/loadavg").read().strip()}')
