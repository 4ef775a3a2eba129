/** A demo market loaded into an empty database in the default run; never in production. */
package org.sangsaeng.demo;
