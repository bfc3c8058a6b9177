/**
 * A deprecation the PostgreSQL driver announces for its next major version (two queries at
 * once on one connection, as inside a transaction) fails the run instead of scrolling past.
 */
process.on('warning', (warning) => {
  if (warning.name === 'DeprecationWarning' && warning.message.includes('pg@9')) throw warning;
});
