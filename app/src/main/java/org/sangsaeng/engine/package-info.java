/**
 * The workflow engine: connects to Zeebe (managed child process, remote cluster or in-memory test
 * engine), deploys the BPMN files of {@code processes/}, starts processes and runs job workers.
 */
package org.sangsaeng.engine;
