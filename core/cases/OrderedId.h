#pragma once

#include <QString>

namespace loket {

// Row keys for the case tables: UUIDs like newId(), but version 7 (RFC 9562): the first 48 bits
// are the Unix time in milliseconds, the rest random. They are as unique across workstations as
// version 4, and because new keys sort after old ones every insert lands at the right edge of
// the key index: a database of a million applications stays fast to write.
class OrderedId
{
public:
    static QString next();
};

} // namespace loket
