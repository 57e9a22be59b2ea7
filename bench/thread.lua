-- wrk script: thread reads spread over the seeded stories (ids written by Parley.Bench --ids FILE).
local ids = {}
for line in io.lines(os.getenv("PARLEY_IDS")) do ids[#ids + 1] = line end
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/v1/sites/demo/thread?storyId=" .. ids[math.random(#ids)])
end
