/* SPDX-License-Identifier: GPL-2.0 */
#include <stdio.h>

double work1(int n), work2(int n), work3(int n);

int main(void)
{
	printf("%f\n", work1(100) + work2(100) + work3(100));
	return 0;
}
