-- wrk script for bench/load: POSTs a complaint to /api/v1/cases and counts the answers by
-- status, so that the run can be checked against what the database holds afterwards.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"kind":"complaint","category":"T311-R0012","description":"Load test: the pothole on Queen Street is still there.","contact":{"email":"load@example.ca"}}]]

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  created = 0
  other = 0
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    o = o + t:get("other")
  end
  io.write(string.format("answers: %d created (201), %d other\n", c, o))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("throughput: %.1f submissions/s\n", summary.requests / (summary.duration / 1e6)))
end
