using StackExchange.Redis;

namespace ChatGuard.Gateway.Counting;

/// <summary>
/// The Lua behind <see cref="RedisServiceCounters"/>: each call is one atomic round trip. All keys of a shop share the
/// hash tag <c>{tenant|shop}</c>, so the period keys the reply script derives from pending entries live in the same
/// slot as the declared ones. Mirrors <see cref="InProcessServiceCounters"/>; the contract tests hold both to it.
/// </summary>
public static class CounterScripts
{
    /// <summary>
    /// Keys: streaks (hash conversation → unanswered), handoff flag, greeted set, the conversation's pending list,
    /// the buyer message's period hash. Arguments: kind (b|r), conversation, now ms, counts-for-S1 (1|0), threshold,
    /// period key or '', reply target ms, period key prefix, session/pending/period TTLs in seconds.
    /// Returns {active 0|1, change 1|-1|0, conversations to greet...}. The library sends it by SHA once loaded.
    /// </summary>
    public static readonly LuaScript Record = LuaScript.Prepare("""
        local streakKey, onKey, greetedKey, pendingKey, periodKey = @streaks, @handoff, @greeted, @pending, @period
        local kind, conv, now = @kind, @conversation, tonumber(@now)
        local threshold, target, periodPrefix = tonumber(@threshold), tonumber(@replyTarget), @periodPrefix
        local sessionTtl, pendingTtl, periodTtl = tonumber(@sessionTtl), tonumber(@pendingTtl), tonumber(@periodTtl)
        local active = redis.call('EXISTS', onKey) == 1

        local function over()
          if redis.call('HLEN', streakKey) > threshold then return true end
          for _, v in ipairs(redis.call('HVALS', streakKey)) do
            if tonumber(v) > threshold then return true end
          end
          return false
        end

        if kind == 'b' then
          if @assessedPeriod ~= '' then
            redis.call('HINCRBY', periodKey, 'buyer', 1)
            redis.call('EXPIRE', periodKey, periodTtl)
            redis.call('RPUSH', pendingKey, @now .. '|' .. @assessedPeriod)
            redis.call('EXPIRE', pendingKey, pendingTtl)
          end
          if @countsForHandoff ~= '1' then return {active and 1 or 0, 0} end
          local streak = redis.call('HINCRBY', streakKey, conv, 1)
          redis.call('EXPIRE', streakKey, sessionTtl)
          if not active and (streak > threshold or redis.call('HLEN', streakKey) > threshold) then
            redis.call('SET', onKey, '1', 'EX', sessionTtl)
            local result = {1, 1}
            for _, c in ipairs(redis.call('HKEYS', streakKey)) do
              redis.call('SADD', greetedKey, c)
              result[#result + 1] = c
            end
            redis.call('EXPIRE', greetedKey, sessionTtl)
            return result
          end
          if active then
            redis.call('EXPIRE', onKey, sessionTtl)
            if redis.call('SADD', greetedKey, conv) == 1 then
              redis.call('EXPIRE', greetedKey, sessionTtl)
              return {1, 0, conv}
            end
          end
          return {active and 1 or 0, 0}
        end

        local pending = redis.call('LRANGE', pendingKey, 0, -1)
        redis.call('DEL', pendingKey)
        for i, entry in ipairs(pending) do
          local sep = string.find(entry, '|', 1, true)
          local at, period = tonumber(string.sub(entry, 1, sep - 1)), string.sub(entry, sep + 1)
          local key = periodPrefix .. period
          local waited = now - at
          if waited <= target then redis.call('HINCRBY', key, 'intime', 1) end
          if i == 1 then
            redis.call('HINCRBY', key, 'first', 1)
            redis.call('HINCRBY', key, 'firstms', waited)
          end
          redis.call('EXPIRE', key, periodTtl)
        end
        redis.call('HDEL', streakKey, conv)
        redis.call('SREM', greetedKey, conv)
        if active and not over() then
          redis.call('DEL', onKey, greetedKey)
          return {0, -1}
        end
        return {active and 1 or 0, 0}
        """);

    /// <summary>
    /// Keys: streaks, handoff flag, greeted set. Arguments: threshold, session and pending TTLs in seconds, pending key
    /// prefix, and the backlog as JSON <c>[[conversation, streak, ["ms|period", …]], …]</c>. Returns {active, change}.
    /// </summary>
    public static readonly LuaScript ReplaceBacklog = LuaScript.Prepare("""
        local streakKey, onKey, greetedKey = @streaks, @handoff, @greeted
        local threshold, sessionTtl, pendingTtl, pendingPrefix = tonumber(@threshold), tonumber(@sessionTtl), tonumber(@pendingTtl), @pendingPrefix
        for _, c in ipairs(cjson.decode(@backlog)) do
          local conv, streak, pending = c[1], tonumber(c[2]), c[3]
          if streak > 0 then redis.call('HSET', streakKey, conv, streak) else redis.call('HDEL', streakKey, conv) end
          local pendingKey = pendingPrefix .. conv
          redis.call('DEL', pendingKey)
          for _, entry in ipairs(pending) do redis.call('RPUSH', pendingKey, entry) end
          if #pending > 0 then redis.call('EXPIRE', pendingKey, pendingTtl) end
          if streak <= 0 then redis.call('SREM', greetedKey, conv) end
        end
        redis.call('EXPIRE', streakKey, sessionTtl)
        local over = redis.call('HLEN', streakKey) > threshold
        for _, v in ipairs(redis.call('HVALS', streakKey)) do
          if tonumber(v) > threshold then over = true end
        end
        local active = redis.call('EXISTS', onKey) == 1
        if over and not active then
          redis.call('SET', onKey, '1', 'EX', sessionTtl)
          return {1, 1}
        end
        if active and not over then
          redis.call('DEL', onKey, greetedKey)
          return {0, -1}
        end
        return {active and 1 or 0, 0}
        """);
}
