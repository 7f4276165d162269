assert !new File(basedir, 'target/impact-site').exists()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('no problems')
assert log.contains('BUILD SUCCESS')
