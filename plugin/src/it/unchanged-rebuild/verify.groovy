def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.count('impact-site: wrote ') == 1
assert log.contains('is up to date')
assert new File(basedir, 'target/impact-site/index.html').isFile()
assert new File(basedir, 'target/.impact-site.record').isFile()
