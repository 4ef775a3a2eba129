/** The Zeebe exporter that keeps an audit trail of engine records in the application database. */
package org.sangsaeng.engine.audit;
