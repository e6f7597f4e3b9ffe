-- wrk script: each request registers a new association with an RNA number and an external ref, declared in
-- one commune, as a CRM integration would. Both are unique by run (the script's argument, 0-9, after "--"),
-- thread and counter, so that a measured run can follow a warm-up without cleaning up in between, which
-- would leave the indexes to be tidied under the measure. unbulk.sql removes them afterwards (external ref
-- system 'bench-writes').
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

-- wrk.format replaces the command line's headers (the identity) by those it is given: add to them instead.
wrk.headers["Content-Type"] = "application/json"

local run = 0
function init(args)
  run = tonumber(args[1] or "0")
end

local counter = 0
function request()
  counter = counter + 1
  local key = string.format("%d%d%07d", run, thread_number, counter)
  local body = '{"name":"Writes bench ' .. key .. '","kind":"ASSOCIATION",'
    .. '"territories":[{"level":"COMMUNE","code":"01004"}],'
    .. '"identifiers":[{"scheme":"RNA","value":"W' .. key .. '"}],'
    .. '"externalRefs":[{"system":"bench-writes","id":"' .. key .. '"}]}'
  return wrk.format("POST", "/api/v1/actors", nil, body)
end
