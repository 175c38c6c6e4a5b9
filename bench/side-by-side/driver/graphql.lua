-- wrk script for the side-by-side benchmark: POSTs GraphQL bodies read from a file (one JSON body per line),
-- taken in turn ("rotate") or at random per request ("random", so no cache can answer from a hot entry).
-- Counts as a failure any answer that is not 200 or whose body carries "errors", reads MineralGraph's
-- MineralGraph-Store-Round-Trips header when present, and prints one JSON line of results at the end.
--   wrk -t2 -c32 -d10s --timeout 30s -s graphql.lua URL -- BODIES_FILE rotate|random
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot read " .. tostring(args[1]))
  bodies = {}
  for line in file:lines() do
    if #line > 0 then bodies[#bodies + 1] = line end
  end
  file:close()
  assert(#bodies > 0, "no bodies in " .. args[1])
  pick_random = args[2] == "random"
  math.randomseed(os.time() * 1000 + id)
  turn = id
  failures, trips_reported, trips_total, trips_max = 0, 0, 0, 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local body
  if pick_random then
    body = bodies[math.random(#bodies)]
  else
    turn = turn + 1
    body = bodies[(turn % #bodies) + 1]
  end
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then failures = failures + 1 end
  local trips = tonumber(headers["MineralGraph-Store-Round-Trips"] or "")
  if trips then
    trips_reported = trips_reported + 1
    trips_total = trips_total + trips
    if trips > trips_max then trips_max = trips end
  end
end

function done(summary, latency, requests)
  local failed, reported, total, max = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
    reported = reported + thread:get("trips_reported")
    total = total + thread:get("trips_total")
    max = math.max(max, thread:get("trips_max"))
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"p50_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,"failed_answers":%d,' ..
    '"socket_errors":%d,"timeouts":%d,"round_trips_reported":%d,"round_trips_total":%d,"round_trips_max":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3,
    latency.max / 1e3, failed, e.connect + e.read + e.write, e.timeout, reported, total, max))
end
