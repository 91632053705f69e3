-- wrk script for bench/load.sh: each connection's requests rotate through
-- the addresses in the file named after "--", one per line; at the end, one
-- summary line.
--   wrk -t2 -c64 -d60s --latency -s bench/rotate.lua http://127.0.0.1:8105 -- urls.txt

local paths = {}
local next_path = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  -- Threads start at different places in the list.
  next_path = math.random(#paths)
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "summary: requests=%d socket_errors=%d non_2xx_3xx=%d p99_ms=%.1f req_per_s=%.0f\n",
    summary.requests, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
