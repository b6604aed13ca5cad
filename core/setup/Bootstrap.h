#pragma once

namespace loket {

class Database;
class Clock;

// Puts the built-in data (catalogue from the standard, holiday calendars) into a database
// that lacks it. Safe to call on every start: it only adds what is missing.
class Bootstrap
{
public:
    static void ensureBuiltins(Database& db, const Clock& clock);
};

} // namespace loket
