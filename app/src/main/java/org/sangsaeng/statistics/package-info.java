/**
 * Figures for the foundation and co-op leaders: members, business types, group purchases, joint
 * sales, coupons, jobs and stuck work, with charts and a monthly report.
 */
package org.sangsaeng.statistics;
