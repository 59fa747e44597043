-- wrk script: every request asks for a path drawn at random from a file (one per line), with
-- a random value appended when asked (a tracking parameter's value, new on every request).
--   wrk -s bench/random_paths.lua http://127.0.0.1:8000 -- paths.txt [random-suffix]
-- The headers given with -H (Accept-Encoding, an editor's cookie) go with every request.

local paths = {}
local random_suffix = false
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)  -- each thread its own draws, the same ones every run
end

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  random_suffix = args[2] == "random-suffix"
  math.randomseed(seed or 1)
end

function request()
  local path = paths[math.random(#paths)]
  if random_suffix then
    path = path .. string.format("%07x%07x", math.random(0, 0xfffffff), math.random(0, 0xfffffff))
  end
  return wrk.format(nil, path)
end
