def log = new File(basedir, 'build.log').getText('UTF-8')
def file = 'src/impact/case-studies/broken.md'
// every mistake, at its real line and column, in one run
assert log.contains("${file}:3:1: error:")
assert log.contains('did you mean')
assert log.contains("${file}:4:10: error:")
assert log.contains("${file}:5:11: error:")
assert log.contains("${file}:9:12: error:")
assert log.contains("${file}:10:13: error:")
assert log.contains("${file}:12:12: error:")
assert log.contains('errors in 1 file')
// a user's mistake is not a crash: no stack trace
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
assert !log.contains('Caused by')
assert !(log =~ /[\w.]+Exception: /)
assert !new File(basedir, 'target/impact-site').exists()
// and the same problems as SARIF, at the same lines
def sarif = new File(basedir, 'target/impact-problems.sarif')
assert sarif.isFile()
def doc = new groovy.json.JsonSlurper().parse(sarif)
assert doc.version == '2.1.0'
def results = doc.runs[0].results
assert results.size() >= 6
assert results.every { it.level == 'error' }
assert results.any { it.locations[0].physicalLocation.artifactLocation.uri == file && it.locations[0].physicalLocation.region.startLine == 4 && it.locations[0].physicalLocation.region.startColumn == 10 }
