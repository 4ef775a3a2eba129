/**
 * The task inbox: every user task of every process becomes a task row that people see in their task
 * list and complete through the UI or the REST API.
 */
package org.sangsaeng.tasks;
