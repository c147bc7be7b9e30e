#ifndef C_PORTICO_SYSTEM_H
#define C_PORTICO_SYSTEM_H
/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise.
int portico_exchange_paths(const char *first, const char *second);
#endif
